import { randomUUID } from 'node:crypto';
import {
  approvalsFor,
  storedStatesFor,
  openRequestFor,
  requestApproval,
  settleApproval,
  type Approval,
  type ApprovalLedger,
  type ApprovalState,
  type Decider,
  type SettleInput,
} from '@jisr/approvals';
import { staffActionEvent } from '@jisr/audit';
import { staffRoleSchema, type Actor } from '@jisr/auth';
import { TOPICS } from '@jisr/contracts';
import { z } from 'zod';
import type { CohortRound } from '../cohort-rounds/cohort-round';
import { announceRound, confirmRound, type ConfirmInput } from '../cohort-rounds/cohort-rounds.use-case';
import type { MatchingContext } from '../matching-context';
import type { MatchingTx } from '../matching-store.port';
import type { ApprovalRecord } from './approval-store.port';

/** Matching's one four-eyes action: confirming a round larger than its programme's `fourEyesRoundSize`. */
export const ROUND_CONFIRM = 'cohort-round.confirm';
const DECIDING_ROLES: Readonly<Record<string, readonly string[]>> = {
  [ROUND_CONFIRM]: ['programme-manager'],
};
export const decidingRoles = (action: string): readonly string[] => DECIDING_ROLES[action] ?? [];

const roundPayloadSchema = z.object({ roundId: z.string(), note: z.string() }).strict();
/** At most this many approvals in one answer. */
const LIST_LIMIT = 200;

export type ConfirmOrAsk = { readonly round: CohortRound } | { readonly approval: Approval };

const view = ({ id: _id, version: _version, ...approval }: ApprovalRecord): Approval => approval;

/** Whether confirming this round needs a second programme manager. */
async function needsFourEyes(tx: MatchingTx, round: CohortRound): Promise<boolean> {
  if (round.status !== 'preview' || round.programmeId === null) return false;
  const size = (await tx.programmes.get(round.programmeId))?.details?.fourEyesRoundSize;
  return size !== undefined && round.pairs.length > size;
}

/** An approval's step for profile's audit log: its state and action, never the payload's note. */
const approvalAudit = (
  action: 'approval.request' | 'approval.approve' | 'approval.reject',
  approval: ApprovalRecord,
  by: Decider,
  at: Date,
  correlationId: string | undefined,
) =>
  staffActionEvent({
    service: 'matching',
    actor: actorOf(by),
    action,
    target: { type: 'approval', id: approval.approvalId },
    before: action === 'approval.request' ? {} : { state: 'requested' },
    after: { state: approval.state, action: approval.action, about: approval.target },
    at,
    correlationId,
  });

async function ask(
  { clock, settings }: MatchingContext,
  tx: MatchingTx,
  round: CohortRound,
  input: ConfirmInput,
  by: Decider,
): Promise<{ readonly approval: Approval; readonly asked: boolean }> {
  const now = clock.now();
  const waiting = openRequestFor(await tx.approvals.about(round.id), ROUND_CONFIRM, round.id, now);
  // Asked already: nothing new happened, nothing new to record.
  if (waiting !== undefined) return { approval: view(waiting), asked: false };
  const approval = requestApproval(
    {
      approvalId: randomUUID(),
      action: ROUND_CONFIRM,
      target: { type: 'cohort-round', id: round.id },
      payload: { roundId: round.id, note: input.note },
      requestedBy: by,
    },
    now,
    settings.approvalTtlMs,
  );
  const saved = await tx.approvals.save({ ...approval, id: approval.approvalId, version: 0 });
  await tx.outbox.append(TOPICS.audit, [
    approvalAudit('approval.request', saved, by, now, input.correlationId),
  ]);
  return { approval: view(saved), asked: true };
}

/** Confirms at once, or — when the round has more pairs than its programme allows alone — asks. */
export async function confirmOrAskRound(
  ctx: MatchingContext,
  roundId: string,
  input: ConfirmInput,
  by: Decider,
): Promise<ConfirmOrAsk> {
  const asking = await ctx.store.transaction(async (tx) => {
    const round = await tx.rounds.get(roundId);
    // An unknown or confirmed round is refused by the confirmation itself.
    return round !== null && (await needsFourEyes(tx, round)) ? ask(ctx, tx, round, input, by) : null;
  });
  if (asking === null) return { round: await confirmRound(ctx, roundId, input) };
  if (asking.asked) await ctx.changes.committed({ outbox: true });
  return { approval: asking.approval };
}

/** Approvals in a state that `viewer` may see, newest first. */
export async function listApprovals(
  { store, clock }: MatchingContext,
  viewer: Decider,
  state: ApprovalState,
): Promise<Approval[]> {
  const now = clock.now();
  const stored = await store.transaction(async (tx) => {
    // One read after another: a MongoDB transaction runs one operation at a time.
    const found = [];
    for (const stored of storedStatesFor(state)) found.push(...(await tx.approvals.inState(stored)));
    return found;
  });
  return approvalsFor(stored, viewer, state, now, decidingRoles).slice(0, LIST_LIMIT).map(view);
}

/** Approves (the round confirms, once) or rejects another programme manager's request. */
export async function decideApproval(
  ctx: MatchingContext,
  input: SettleInput,
  correlationId?: string,
): Promise<Approval> {
  const { store, clock, changes } = ctx;
  const confirmed: CohortRound[] = [];
  let recorded = false;
  const ledger: ApprovalLedger<MatchingTx, ApprovalRecord> = {
    transaction: (work) => store.transaction(work),
    approvals: (tx) => tx.approvals,
    decidingRoles,
    run: async (tx, approval) => {
      const { roundId, note } = roundPayloadSchema.parse(approval.payload);
      // The approver confirms: the audit record names the second pair of eyes.
      confirmed.push(await confirmRound(ctx, roundId, { note, correlationId, actor: actorOf(input.by) }, tx));
    },
    // The decision itself, in its transaction: an expiry is nobody's action.
    recorded: async (tx, approval) => {
      if (approval.state !== 'approved' && approval.state !== 'rejected') return;
      const action = approval.state === 'approved' ? 'approval.approve' : 'approval.reject';
      await tx.outbox.append(TOPICS.audit, [
        approvalAudit(action, approval, input.by, clock.now(), correlationId),
      ]);
      recorded = true;
    },
  };
  const decided = await settleApproval(ledger, clock, input);
  for (const round of confirmed) await announceRound(ctx, round);
  if (recorded) await changes.committed({ outbox: true });
  return view(decided);
}

/** The decider as the actor of what the approval runs: a staff member, with the roles the approval recorded. */
const actorOf = (by: Decider): Actor => ({
  sub: by.accountId,
  role: 'council',
  staffRoles: by.staffRoles.flatMap((role) => {
    const known = staffRoleSchema.safeParse(role);
    return known.success ? [known.data] : [];
  }),
  ...organisationOf(by),
});

const organisationOf = (by: Decider): { organisationId?: string } =>
  by.organisationId === undefined ? {} : { organisationId: by.organisationId };
