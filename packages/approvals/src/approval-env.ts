import { z } from 'zod';

/** How long a request waits for a second person (each service's config spreads this in). */
export const approvalEnvShape = {
  APPROVAL_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(72),
};

export const hoursToMs = (hours: number): number => hours * 3_600_000;
