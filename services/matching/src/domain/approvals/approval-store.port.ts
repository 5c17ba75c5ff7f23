import type { Approval, ApprovalState } from '@jisr/approvals';

/** An approval as matching stores it: the package's shape plus the storage version. */
export type ApprovalRecord = Approval & { readonly id: string; readonly version: number };

export interface ApprovalRepository {
  get(approvalId: string): Promise<ApprovalRecord | null>;
  /** Inserts at version 0, else updates expecting the record's version. */
  save(approval: ApprovalRecord): Promise<ApprovalRecord>;
  /** Approvals in a stored state (an open request past its expiry is still stored as requested). */
  inState(state: ApprovalState): Promise<ApprovalRecord[]>;
  /** Every approval about one target, e.g. a cohort round. */
  about(targetId: string): Promise<ApprovalRecord[]>;
}
