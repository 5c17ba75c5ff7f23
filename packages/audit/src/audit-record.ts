import {
  AUDIT_SERVICES,
  auditActionSchema,
  auditActorSchema,
  auditTargetSchema,
  fieldValuesSchema,
} from '@jisr/contracts';
import { z } from 'zod';

export type { AuditActor, AuditService, AuditTarget, FieldValues } from '@jisr/contracts';

const id = z.string().min(1).max(200);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** One staff action or security event, before it takes its place in the chain. */
export const auditEntrySchema = z
  .object({
    recordId: id,
    at: z.iso.datetime({ offset: true }),
    actor: auditActorSchema,
    service: z.enum(AUDIT_SERVICES),
    action: auditActionSchema,
    target: auditTargetSchema,
    before: fieldValuesSchema,
    after: fieldValuesSchema,
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** An entry in the chain: its place, the hash of the record before it and its own hash. */
export const auditRecordSchema = auditEntrySchema
  .extend({ sequence: z.number().int().positive(), previousHash: hex64, hash: hex64 })
  .strict();
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** A point of the chain (the last pruned record, or the newest one): enough to check what follows. */
export interface ChainPoint {
  readonly sequence: number;
  readonly hash: string;
}

/** Where a chain starts when nothing was ever pruned. */
export const GENESIS: ChainPoint = { sequence: 0, hash: '0'.repeat(64) };
