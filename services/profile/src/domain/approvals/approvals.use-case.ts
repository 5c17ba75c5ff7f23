import type { AuditAction } from '@jisr/contracts';
import { visibleOrMissing } from '@jisr/errors';
import {
  approvalsFor,
  storedStatesFor,
  openRequestFor,
  requestApproval,
  settleApproval,
  type Approval,
  type ApprovalLedger,
  type ApprovalState,
  type Verdict,
} from '@jisr/approvals';
import {
  deactivateAccount,
  deactivateInTransaction,
  eraseAccount,
  eraseInTransaction,
} from '../accounts/privacy.use-case';
import { recordAction } from '../audit/record-staff-action';
import { newId } from '../ids';
import type { ProfileContext, Trace } from '../profile-context';
import { accountNotFound, notForYourRole } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { StoredApproval } from './approval-store.port';
import {
  accountPayloadSchema,
  deciderOf,
  decidingRoles,
  type ProfileApprovalAction,
  type StaffActor,
} from './staff-approvals';

/** At most this many approvals in one answer; a work list longer than that is a different problem. */
const LIST_LIMIT = 200;

const view = ({ id: _id, version: _version, ...approval }: StoredApproval): Approval => approval;

/** Staff may ask only for what their roles could decide themselves. */
function assertMayAsk(actor: StaffActor, action: ProfileApprovalAction): void {
  const { staffRoles } = deciderOf(actor);
  if (!staffRoles.some((role) => decidingRoles(action).includes(role))) throw notForYourRole();
}

/** A new request about an account, or the one already waiting for the same action on it. */
async function ask(
  ctx: ProfileContext,
  tx: ProfileTx,
  actor: StaffActor,
  action: ProfileApprovalAction,
  accountId: string,
): Promise<Approval> {
  const now = ctx.clock.now();
  const waiting = openRequestFor(await tx.approvals.about(accountId), action, accountId, now);
  if (waiting !== undefined) return view(waiting);
  const approval = requestApproval(
    {
      approvalId: newId(now),
      action,
      target: { type: 'account', id: accountId },
      payload: { accountId },
      requestedBy: deciderOf(actor),
    },
    now,
    ctx.settings.approvalTtlMs,
  );
  const saved = await tx.approvals.save({ ...approval, id: approval.approvalId, version: 0 });
  const target = { type: 'approval', id: approval.approvalId };
  await recordAction(tx, actor, { action: 'approval.request', target, after: view(saved) }, now);
  return view(saved);
}

const DECISION_ACTIONS: Readonly<Partial<Record<ApprovalState, AuditAction>>> = {
  approved: 'approval.approve',
  rejected: 'approval.reject',
};

/** Self-erasure is immediate; staff erasing someone else's account asks a second admin (null: erased now). */
export async function eraseOrAsk(
  ctx: ProfileContext,
  actor: StaffActor,
  accountId: string,
  trace: Trace,
): Promise<Approval | null> {
  if (actor.sub === accountId) {
    await eraseAccount(ctx, actor, accountId, trace);
    return null;
  }
  // Only staff act on another's account; to a startup or an advisor it answers as a missing one.
  visibleOrMissing(actor.role === 'council', accountNotFound);
  assertMayAsk(actor, 'account.erase');
  return ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (account === null || account.status === 'erased') throw accountNotFound();
    return ask(ctx, tx, actor, 'account.erase', accountId);
  });
}

/** Deactivating an active advisor asks a second admin; any other deactivation is immediate (null). */
export async function deactivateOrAsk(
  ctx: ProfileContext,
  actor: StaffActor,
  accountId: string,
  trace: Trace,
): Promise<Approval | null> {
  assertMayAsk(actor, 'advisor.deactivate');
  const approval = await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (account === null || account.status === 'erased') throw accountNotFound();
    if (account.role !== 'advisor' || account.status !== 'active') return null;
    return ask(ctx, tx, actor, 'advisor.deactivate', accountId);
  });
  if (approval === null) await deactivateAccount(ctx, actor, accountId, trace);
  return approval;
}

/** What the actor should see in `state`; `requested` is what waits for their decision. */
export async function listApprovals(
  ctx: ProfileContext,
  actor: StaffActor,
  state: ApprovalState,
): Promise<Approval[]> {
  const now = ctx.clock.now();
  const stored = await ctx.store.transaction(async (tx) => {
    // One read after another: a MongoDB transaction runs one operation at a time.
    const found = [];
    for (const stored of storedStatesFor(state)) found.push(...(await tx.approvals.inState(stored)));
    return found;
  });
  return approvalsFor(stored, deciderOf(actor), state, now, decidingRoles).slice(0, LIST_LIMIT).map(view);
}

/** The approved action, inside the transaction that stores the approval as approved. */
async function runApproved(
  tx: ProfileTx,
  approval: StoredApproval,
  approver: StaffActor,
  trace: Trace,
): Promise<void> {
  const { accountId } = accountPayloadSchema.parse(approval.payload);
  const at = new Date(approval.decidedAt ?? approval.requestedAt);
  if (approval.action === 'account.erase') await eraseInTransaction(tx, approver, accountId, at, trace);
  else if (approval.action === 'advisor.deactivate')
    await deactivateInTransaction(tx, approver, accountId, at, trace);
}

/** A second member of staff approves (the action runs, once) or rejects with a reason. */
export async function decideApproval(
  ctx: ProfileContext,
  actor: StaffActor,
  input: { approvalId: string; verdict: Verdict; reason?: string | undefined },
  trace: Trace,
): Promise<Approval> {
  const ledger: ApprovalLedger<ProfileTx, StoredApproval> = {
    transaction: (work) => ctx.store.transaction(work),
    approvals: (tx) => tx.approvals,
    decidingRoles,
    // The approver runs the action: the audit record names the second pair of eyes.
    run: (tx, approval) => runApproved(tx, approval, actor, trace),
    // The decision itself is a staff action; an approval that merely expired is not.
    recorded: async (tx, approval) => {
      const action = DECISION_ACTIONS[approval.state];
      if (action === undefined) return;
      const target = { type: 'approval', id: approval.approvalId };
      const before = { state: 'requested', decidedBy: null, decidedAt: null, reason: null };
      await recordAction(tx, actor, { action, target, before, after: view(approval) }, ctx.clock.now());
    },
  };
  return view(await settleApproval(ledger, ctx.clock, { ...input, by: deciderOf(actor) }));
}
