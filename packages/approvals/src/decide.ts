import { isPastExpiry, staffRef, type Approval, type Decider, type Verdict } from './approval';
import {
  alreadyDecided,
  approvalExpired,
  ownRequest,
  reasonRequired,
  roleMayNotDecide,
} from './approval-errors';

export interface Decision {
  readonly verdict: Verdict;
  readonly by: Decider;
  readonly reason?: string | undefined;
  readonly at: Date;
}

/**
 * What a decision does: `run` — the approval moved to approved now and its action must run (in the
 * same transaction); `none` — nothing to run (a rejection, or a retry of a decision already taken);
 * `expired` — the request had passed its expiry, which is stored before the decision is refused.
 */
export type Effect = 'run' | 'none' | 'expired';

export interface Outcome<A extends Approval> {
  readonly approval: A;
  readonly effect: Effect;
  /** False when nothing changed (a retry), so nothing needs storing. */
  readonly changed: boolean;
}

const VERDICT_STATE = { approve: 'approved', reject: 'rejected' } as const;

/** Whether these roles let `decider` decide on this approval at all (never the requester). */
export const mayDecide = (approval: Approval, decider: Decider, decidingRoles: readonly string[]): boolean =>
  approval.requestedBy.accountId !== decider.accountId &&
  decider.staffRoles.some((role) => decidingRoles.includes(role));

/**
 * The one transition rule: never by the requester, only by a role that may decide, only while
 * requested and not past expiry; a rejection needs a reason. Repeating the decision already taken
 * by the same person answers with it again and runs nothing, so a retried request is harmless.
 */
export function decide<A extends Approval>(
  approval: A,
  { verdict, by, reason, at }: Decision,
  decidingRoles: readonly string[],
): Outcome<A> {
  if (approval.requestedBy.accountId === by.accountId) throw ownRequest();
  if (!mayDecide(approval, by, decidingRoles)) throw roleMayNotDecide();
  if (approval.state !== 'requested') {
    const sameDecision =
      approval.state === VERDICT_STATE[verdict] && approval.decidedBy?.accountId === by.accountId;
    if (sameDecision) return { approval, effect: 'none', changed: false };
    throw approval.state === 'expired' ? approvalExpired() : alreadyDecided();
  }
  if (isPastExpiry(approval, at)) {
    const expired: A = { ...approval, state: 'expired', decidedAt: approval.expiresAt };
    return { approval: expired, effect: 'expired', changed: true };
  }
  const note = reason?.trim() ?? '';
  if (verdict === 'reject' && note === '') throw reasonRequired();
  const decided: A = {
    ...approval,
    state: VERDICT_STATE[verdict],
    decidedBy: staffRef(by),
    decidedAt: at.toISOString(),
    reason: note === '' ? null : note,
  };
  return { approval: decided, effect: verdict === 'approve' ? 'run' : 'none', changed: true };
}
