import type { EntityRepository } from '@jisr/storage';
import type { ApprovalRepository, StoredApproval } from '../domain/approvals/approval-store.port';

/** Approvals on a document collection, oldest first. */
export const approvalRepository = (documents: EntityRepository<StoredApproval>): ApprovalRepository => ({
  get: (approvalId) => documents.get(approvalId),
  save: (approval) => documents.save(approval),
  inState: (state) => documents.find({ state }),
  about: (targetId) => documents.find({ 'target.id': targetId }),
});
