import { z } from 'zod';
import { entityIdSchema } from './event-fields';

/** The services whose staff actions land in the one audit log (profile keeps it). */
export const AUDIT_SERVICES = ['profile', 'matching', 'messaging'] as const;
export type AuditService = (typeof AUDIT_SERVICES)[number];

/** Who acted: an account, its organisation and the staff roles it held at that moment. */
export const auditActorSchema = z
  .object({
    accountId: entityIdSchema,
    organisationId: entityIdSchema.optional(),
    staffRoles: z.array(z.string().min(1).max(40)).max(10),
  })
  .strict();
export type AuditActor = z.infer<typeof auditActorSchema>;

/** What the action was done to: `{ type: 'startup', id }`, `{ type: 'cohort-round', id }`. */
export const auditTargetSchema = z
  .object({ type: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/), id: z.string().min(1).max(200) })
  .strict();
export type AuditTarget = z.infer<typeof auditTargetSchema>;

/** `startup.verification-approve`, `cohort-round.confirm`: the target's kind, then the verb. */
export const auditActionSchema = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);

/** Changed fields only, by name; secrets, bodies and contact details never (see @jisr/audit). */
export const fieldValuesSchema = z.record(z.string().max(100), z.unknown());
export type FieldValues = z.infer<typeof fieldValuesSchema>;

/**
 * A staff action taken in matching or messaging, for profile's audit log. `actionId` is unique
 * per action, so a redelivered event appends nothing new.
 */
export const auditActionRecordedPayloadSchema = z
  .object({
    actionId: entityIdSchema,
    service: z.enum(AUDIT_SERVICES),
    actor: auditActorSchema,
    action: auditActionSchema,
    target: auditTargetSchema,
    before: fieldValuesSchema.optional(),
    after: fieldValuesSchema.optional(),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type AuditActionRecordedPayload = z.infer<typeof auditActionRecordedPayloadSchema>;
