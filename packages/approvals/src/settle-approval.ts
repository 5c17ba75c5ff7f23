import type { Clock } from '@jisr/contracts';
import type { Approval, Decider, Verdict } from './approval';
import { approvalExpired, approvalNotFound } from './approval-errors';
import { decide } from './decide';

/** A service's approvals inside one of its transactions; `save` is optimistic (a stale write fails). */
export interface ApprovalRepository<A extends Approval> {
  get(approvalId: string): Promise<A | null>;
  save(approval: A): Promise<A>;
}

/** The service's transactions, and how to reach its approvals and run an approved action inside one. */
export interface ApprovalLedger<Tx, A extends Approval> {
  transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
  approvals(tx: Tx): ApprovalRepository<A>;
  /** The staff roles that may decide on this action. */
  decidingRoles(action: string): readonly string[];
  /** Runs the approved action; called in the transaction that stores the approval as approved. */
  run(tx: Tx, approval: A): Promise<void>;
  /** Optional: record the decision (audit trail, events) in the same transaction; the state says which. */
  recorded?(tx: Tx, approval: A): Promise<void>;
}

export interface SettleInput {
  readonly approvalId: string;
  readonly verdict: Verdict;
  readonly by: Decider;
  readonly reason?: string | undefined;
}

/**
 * Decides an approval. Approving stores the approved state and runs the action in ONE transaction:
 * either both happen or neither does, so the action runs exactly once however often the request
 * is retried or raced (the loser of a race reads the decided state and runs nothing).
 * An expired request is stored as expired, then refused.
 */
export async function settleApproval<Tx, A extends Approval>(
  ledger: ApprovalLedger<Tx, A>,
  clock: Clock,
  { approvalId, verdict, by, reason }: SettleInput,
): Promise<A> {
  const outcome = await ledger.transaction(async (tx) => {
    const approvals = ledger.approvals(tx);
    const current = await approvals.get(approvalId);
    if (current === null) throw approvalNotFound();
    const decided = decide(
      current,
      { verdict, by, reason, at: clock.now() },
      ledger.decidingRoles(current.action),
    );
    if (!decided.changed) return decided;
    const saved = await approvals.save(decided.approval);
    if (decided.effect === 'run') await ledger.run(tx, saved);
    await ledger.recorded?.(tx, saved);
    return { ...decided, approval: saved };
  });
  if (outcome.effect === 'expired') throw approvalExpired();
  return outcome.approval;
}
