import { approvalAt, type Approval, type ApprovalState, type Decider } from './approval';
import { mayDecide } from './decide';

/**
 * The approvals `viewer` should see in `state`, as they stand at `now` (newest first).
 * `requested` is the work list: open, not past expiry, not the viewer's own, and their roles may
 * decide. Other states show what the viewer's roles could have decided, and the viewer's own requests.
 */
export function approvalsFor<A extends Approval>(
  approvals: readonly A[],
  viewer: Decider,
  state: ApprovalState,
  now: Date,
  decidingRoles: (action: string) => readonly string[],
): A[] {
  return approvals
    .map((approval) => approvalAt(approval, now))
    .filter((approval) => approval.state === state)
    .filter((approval) =>
      state === 'requested'
        ? mayDecide(approval, viewer, decidingRoles(approval.action))
        : approval.requestedBy.accountId === viewer.accountId ||
          viewer.staffRoles.some((role) => decidingRoles(approval.action).includes(role)),
    )
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || b.approvalId.localeCompare(a.approvalId));
}

/** An open request for the same action on the same target, if one is still waiting (asking twice adds none). */
export const openRequestFor = <A extends Approval>(
  approvals: readonly A[],
  action: string,
  targetId: string,
  now: Date,
): A | undefined =>
  approvals.find(
    (approval) =>
      approval.action === action &&
      approval.target.id === targetId &&
      approvalAt(approval, now).state === 'requested',
  );

/** The stored states to read for a listing: an open request past its expiry is still stored as requested. */
export const storedStatesFor = (state: ApprovalState): readonly ApprovalState[] =>
  state === 'expired' ? ['requested', 'expired'] : [state];
