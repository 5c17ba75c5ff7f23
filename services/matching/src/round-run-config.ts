import { z } from 'zod';

/** How cohort rounds run: in the background with progress, POST waiting a little for quick ones. */
export const roundRunEnvShape = {
  /** POST /v1/cohort-rounds answers with the round if it is ready this soon, else 202 and its progress. */
  MATCHING_ROUND_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** A running round's progress is stored this often, from the replica running it. */
  MATCHING_ROUND_HEARTBEAT_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
  /** A round whose progress was not stored for this long was interrupted (its service stopped). */
  MATCHING_ROUND_STALE_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
  /** Rounds with fewer startup × advisor cells are solved on the service's thread, without a worker. */
  MATCHING_ROUND_INLINE_CELLS: z.coerce.number().int().min(0).default(250_000),
};
