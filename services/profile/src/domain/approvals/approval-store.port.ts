import type { Approval, ApprovalState } from '@jisr/approvals';

/** An approval as profile stores it: the package's shape plus the storage version. */
export type StoredApproval = Approval & { readonly id: string; readonly version: number };

export interface ApprovalRepository {
  get(approvalId: string): Promise<StoredApproval | null>;
  /** Optimistic: version 0 inserts, any other must still match. */
  save(approval: StoredApproval): Promise<StoredApproval>;
  /** Approvals in a stored state (an open request past its expiry is still stored as requested). */
  inState(state: ApprovalState): Promise<StoredApproval[]>;
  /** Every approval about one target, e.g. an account. */
  about(targetId: string): Promise<StoredApproval[]>;
}
