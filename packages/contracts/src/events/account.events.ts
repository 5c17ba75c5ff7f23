import { z } from 'zod';
import { localeSchema } from '../locale';
import { entityIdSchema } from './event-fields';

/**
 * Where and in which language a person receives notification email. The one event that carries
 * a contact detail, so it travels on its own compacted topic that only messaging reads: the last
 * event per account is a snapshot, and after erasure that snapshot has no address.
 */
export const accountContactChangedPayloadSchema = z
  .object({
    accountId: entityIdSchema,
    role: z.enum(['startup', 'advisor', 'council']),
    /** Null once the account is deactivated or erased: nothing may be sent to it any more. */
    email: z.string().trim().max(254).pipe(z.email()).nullable(),
    locale: localeSchema,
  })
  .strict();
export type AccountContactChangedPayload = z.infer<typeof accountContactChangedPayloadSchema>;
