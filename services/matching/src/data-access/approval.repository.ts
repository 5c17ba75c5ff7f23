import type { CollectionSpec, Storage } from '@jisr/storage';
import type { ApprovalRecord, ApprovalRepository } from '../domain/approvals/approval-store.port';
import { openCollection, recordRepository, toRecord } from './record-repository';

export const APPROVALS: CollectionSpec = {
  name: 'approvals',
  indexes: [
    { name: 'by_state', fields: { state: 1 } },
    { name: 'by_target', fields: { 'target.id': 1 } },
  ],
};

/** Four-eyes requests (cohort round confirmations), opened on first use like every matching repository. */
export const approvalRepository = (scope: Storage): ApprovalRepository => {
  let opened: ReturnType<typeof openCollection<ApprovalRecord>> | undefined;
  const collection = () => (opened ??= openCollection<ApprovalRecord>(scope, APPROVALS));
  return {
    get: async (id) => recordRepository<ApprovalRecord>(await collection()).get(id),
    save: async (approval) => recordRepository<ApprovalRecord>(await collection()).save(approval),
    inState: async (state) => (await (await collection()).find({ state })).map((doc) => toRecord(doc)),
    about: async (targetId) =>
      (await (await collection()).find({ 'target.id': targetId })).map((doc) => toRecord(doc)),
  };
};
