import { auditActionSchema, auditTargetSchema } from '@jisr/contracts';
import { decodeCursor, encodeCursor, toCsv } from '@jisr/http-kit';
import type { AuditRecord } from '@jisr/audit';
import { z } from 'zod';
import type { AuditFilter } from '../../domain/audit/audit-log.port';
import type { NamedAuditPage } from '../../domain/audit/audit.use-case';
import { pageQueryShape } from './paging';

const instant = z.iso.datetime({ offset: true });
const accountId = z.string().min(1).max(100);

const filterShape = {
  actor: accountId.optional(),
  organisation: z.string().min(1).max(100).optional(),
  action: auditActionSchema.optional(),
  targetType: auditTargetSchema.shape.type.optional(),
  target: auditTargetSchema.shape.id.optional(),
  from: instant.optional(),
  to: instant.optional(),
};

/** The audit trail's filters as query strings; unknown parameters are a 400. */
export const auditListQuery = z.object({ ...filterShape, ...pageQueryShape }).strict();
export const auditExportQuery = z.object(filterShape).strict();

type FilterQuery = z.infer<typeof auditExportQuery>;

export const toAuditFilter = (query: FilterQuery): AuditFilter => ({
  actorId: query.actor,
  organisationId: query.organisation,
  action: query.action,
  targetType: query.targetType,
  targetId: query.target,
  from: query.from === undefined ? undefined : new Date(query.from).toISOString(),
  to: query.to === undefined ? undefined : new Date(query.to).toISOString(),
});

const cursorSchema = z.object({ sequence: z.number().int().positive() }).strict();

export const toAuditPage = (query: { cursor?: string | undefined; limit: number }) => ({
  after: query.cursor === undefined ? null : decodeCursor(query.cursor, cursorSchema).sequence,
  limit: query.limit,
});

export const auditPageResponse = (page: NamedAuditPage) => ({
  items: page.items,
  names: page.names,
  nextCursor: page.next === null ? null : encodeCursor({ sequence: page.next }),
});

const COLUMNS = [
  'sequence',
  'at',
  'service',
  'actor',
  'organisation',
  'staffRoles',
  'action',
  'targetType',
  'target',
  'before',
  'after',
  'recordId',
  'previousHash',
  'hash',
] as const;

/** One row per record; the changed fields as JSON, so the export holds what the record holds. */
export const auditCsv = (records: readonly AuditRecord[]): string =>
  toCsv(
    COLUMNS,
    records.map((record) => [
      record.sequence,
      record.at,
      record.service,
      record.actor.accountId,
      record.actor.organisationId ?? null,
      record.actor.staffRoles.join(' '),
      record.action,
      record.target.type,
      record.target.id,
      JSON.stringify(record.before),
      JSON.stringify(record.after),
      record.recordId,
      record.previousHash,
      record.hash,
    ]),
  );
