import { lazyCollection, versionedRepository, type CollectionSpec, type Storage } from '@jisr/storage';
import type { ApprovalRecord, ApprovalRepository } from '../domain/approvals/approval-store.port';

export const APPROVALS: CollectionSpec = {
  name: 'approvals',
  indexes: [
    { name: 'by_state', fields: { state: 1 } },
    { name: 'by_target', fields: { 'target.id': 1 } },
  ],
};

/** Four-eyes requests (cohort round confirmations), opened on first use like every matching repository. */
export const approvalRepository = (scope: Storage): ApprovalRepository => {
  const records = versionedRepository<ApprovalRecord>(lazyCollection(scope, APPROVALS));
  return {
    get: records.get,
    save: records.save,
    inState: (state) => records.find({ state }),
    about: (targetId) => records.find({ 'target.id': targetId }),
  };
};
