import { auditRecordSchema, chainAfter, GENESIS, type AuditRecord, type ChainPoint } from '@jisr/audit';
import { ConflictError } from '@jisr/errors';
import type { Collection, Filter, FieldOps, Storage, StoredDoc } from '@jisr/storage';
import type { AuditFilter, AuditLog, AuditRetention } from '../domain/audit/audit-log.port';
import { chainForked } from './audit-append-retry';
import { AUDIT_CHAIN, AUDIT_RECORDS } from './audit-collections';

type RecordDoc = StoredDoc & Omit<AuditRecord, 'recordId'>;
type PointDoc = StoredDoc & ChainPoint;

const toDoc = ({ recordId, ...rest }: AuditRecord): Omit<RecordDoc, 'version'> => ({
  _id: recordId,
  ...rest,
});
// Parsed on the way out, so a document edited into another shape fails loudly rather than half-reads.
const toRecord = ({ _id, version: _version, ...rest }: RecordDoc): AuditRecord =>
  auditRecordSchema.parse({ recordId: _id, ...rest });

const pointOf = (doc: PointDoc | null): ChainPoint =>
  doc === null ? GENESIS : { sequence: doc.sequence, hash: doc.hash };

const filterOf = (filter: AuditFilter): Filter => {
  const at: FieldOps = {
    ...(filter.from === undefined ? {} : { $gte: filter.from }),
    ...(filter.to === undefined ? {} : { $lt: filter.to }),
  };
  const exact: Record<string, string | undefined> = {
    'actor.accountId': filter.actorId,
    'actor.organisationId': filter.organisationId,
    action: filter.action,
    'target.type': filter.targetType,
    'target.id': filter.targetId,
  };
  return {
    ...Object.fromEntries(
      Object.entries(exact).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    ...(Object.keys(at).length === 0 ? {} : { at }),
  };
};

/** Moves a chain point forward: inserts it the first time, else replaces it at the version read. */
async function advance(
  points: Collection<PointDoc>,
  id: 'head' | 'anchor',
  point: ChainPoint,
): Promise<void> {
  const stored = await points.get(id);
  const doc = { _id: id, sequence: point.sequence, hash: point.hash };
  if (stored === null) await points.insert(doc);
  else await points.update(doc, stored.version);
}

async function collections(tx: Storage) {
  return {
    records: await tx.collection<RecordDoc>(AUDIT_RECORDS),
    points: await tx.collection<PointDoc>(AUDIT_CHAIN),
  };
}

/** The audit log inside one transaction. The head moves with each append at the version read. */
export async function auditLogIn(tx: Storage): Promise<AuditLog> {
  const { records, points } = await collections(tx);
  return {
    append: async (entry) => {
      const record = chainAfter(pointOf(await points.get('head')), entry);
      try {
        await records.insert(toDoc(record));
        await advance(points, 'head', record);
      } catch (error) {
        // Its sequence taken or the head moved: another transaction appended first (or the same action did).
        if (error instanceof ConflictError) throw chainForked(error);
        throw error;
      }
      return record;
    },
    has: async (recordId) => (await records.get(recordId)) !== null,
    page: async (filter, { after, limit }) => {
      const below = after === null ? {} : { sequence: { $lt: after } };
      const docs = await records.find(
        { ...filterOf(filter), ...below },
        { sort: { sequence: -1 }, limit: limit + 1 },
      );
      const items = docs.slice(0, limit).map(toRecord);
      return { items, next: docs.length > limit ? (items.at(-1)?.sequence ?? null) : null };
    },
    after: async (sequence, limit) =>
      (await records.find({ sequence: { $gt: sequence } }, { sort: { sequence: 1 }, limit })).map(toRecord),
    ends: async () => ({
      anchor: pointOf(await points.get('anchor')),
      head: pointOf(await points.get('head')),
    }),
  };
}

/** Pruning: the oldest records go, and the anchor keeps the last one's hash so the rest still checks. */
export async function auditRetentionIn(tx: Storage): Promise<AuditRetention> {
  const { records, points } = await collections(tx);
  return {
    pruneOlderThan: async (before, limit) => {
      // Only a prefix of the chain may go: a late record (another service's) can be older than its predecessor.
      const oldest = await records.find({}, { sort: { sequence: 1 }, limit });
      const stop = oldest.findIndex((doc) => doc.at >= before);
      const prefix = stop === -1 ? oldest : oldest.slice(0, stop);
      const last = prefix.at(-1);
      if (last === undefined) return 0;
      for (const doc of prefix) await records.delete(doc._id, doc.version);
      await advance(points, 'anchor', last);
      return prefix.length;
    },
  };
}
