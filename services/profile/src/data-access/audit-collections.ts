import type { CollectionSpec } from '@jisr/storage';

/** The audit log: one document per record, its sequence unique so two appenders cannot fork the chain. */
export const AUDIT_RECORDS: CollectionSpec = {
  name: 'audit_records',
  indexes: [
    { name: 'sequence', fields: { sequence: 1 }, unique: true },
    { name: 'actor', fields: { 'actor.accountId': 1, sequence: -1 } },
    { name: 'organisation', fields: { 'actor.organisationId': 1, sequence: -1 } },
    { name: 'action', fields: { action: 1, sequence: -1 } },
    { name: 'target', fields: { 'target.id': 1, sequence: -1 } },
    { name: 'at', fields: { at: 1 } },
  ],
};

/** Two points of the chain kept apart from its records: `head` (the newest) and `anchor` (the last pruned). */
export const AUDIT_CHAIN: CollectionSpec = { name: 'audit_chain' };
