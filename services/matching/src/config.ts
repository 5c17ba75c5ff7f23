import { approvalEnvShape } from '@jisr/approvals';
import { loadConfig, portVar, urlVar } from '@jisr/config';
import { platformEnvShape, requirePlatformUrls } from '@jisr/platform-adapters';
import { z } from 'zod';

/** Matching's environment, validated once at start; nothing else reads `process.env`. */
export const matchingConfigSchema = z
  .object({
    MATCHING_PORT: portVar(4002),
    MATCHING_HOST: z.string().min(1).default('127.0.0.1'),
    ...platformEnvShape,
    ...approvalEnvShape,
    JWKS_URL: urlVar('http://127.0.0.1:4001/.well-known/jwks.json'),
    /** Prefix of matching's consumer groups; one deployment, one prefix (tests use their own). */
    MATCHING_CONSUMER_GROUP: z
      .string()
      .regex(/^[\w.-]{1,80}$/)
      .default('matching'),
    /** A startup may request an introduction only to an advisor scoring at least this (0..100). */
    MATCHING_MIN_SCORE: z.coerce.number().min(0).max(100).default(40),
    /** Requests awaiting an answer that one startup may have at the same time. */
    MATCHING_MAX_OPEN_REQUESTS: z.coerce.number().int().min(1).max(20).default(3),
    /** Fair exposure: an advisor is shown to at most free capacity × this many startups at a time. */
    MATCHING_EXPOSURE_FACTOR: z.coerce.number().min(1).max(20).default(3),
    /** How long a list shown to a startup keeps its advisors reserved under fair exposure. */
    MATCHING_EXPOSURE_HOLD_MINUTES: z.coerce
      .number()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** Pipeline and research views are cached this long (events invalidate them sooner). */
    MATCHING_STATS_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** POST /v1/cohort-rounds answers with the round if it is ready this soon, else 202 and its progress. */
    MATCHING_ROUND_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
    /** A running round's progress is stored this often, by the replica running it. */
    MATCHING_ROUND_HEARTBEAT_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
    /** A round whose progress was not stored for this long was interrupted (its service stopped). */
    MATCHING_ROUND_STALE_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
    /** Rounds with fewer startup × advisor cells are solved on the service's thread, without a worker. */
    MATCHING_ROUND_INLINE_CELLS: z.coerce.number().int().min(0).default(250_000),
  })
  .superRefine(requirePlatformUrls);

export type MatchingConfig = z.infer<typeof matchingConfigSchema>;

export const loadMatchingConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): MatchingConfig => loadConfig(matchingConfigSchema, env);
