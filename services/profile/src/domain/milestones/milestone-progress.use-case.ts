import { visibleOrMissing } from '@jisr/errors';
import { recordAction } from '../audit/record-staff-action';
import { newId } from '../ids';
import type { ProfileContext, Trace } from '../profile-context';
import { profileNotFound } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { StartupProfile } from '../startups/startup-profile';
import { confirmerKind, ownsStartup, type ProgressActor } from './milestone-access';
import { findMilestone, milestonesOf } from './milestone-definitions.use-case';
import { alreadyConfirmed, milestoneNotFound, notAwaitingDecision, notInProgramme } from './milestone-errors';
import { publishMilestone } from './milestone-events';
import type { MilestoneProgress, ReachedBody } from './milestone';
import { viewProgress, type MilestoneProgressView } from './milestone-view';

/** Which claim: a startup's on one milestone. */
export interface ClaimRef {
  readonly startupId: string;
  readonly milestoneId: string;
}

export async function startupOrThrow(tx: ProfileTx, startupId: string): Promise<StartupProfile> {
  const startup = await tx.startups.get(startupId);
  if (startup === null) throw profileNotFound();
  return startup;
}

/**
 * The startup says it reached a milestone of its programme, with evidence. A claim sent back may be
 * made again; a confirmed one is final.
 */
export function markMilestoneReached(
  ctx: ProfileContext,
  actor: ProgressActor,
  { startupId, milestoneId }: ClaimRef,
  body: ReachedBody,
  trace: Trace,
): Promise<MilestoneProgressView> {
  visibleOrMissing(ownsStartup(actor, startupId), profileNotFound);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const startup = await startupOrThrow(tx, startupId);
    const { programmeId, cohortId, centreId } = startup.placement;
    if (programmeId === null) throw notInProgramme();
    const found = findMilestone(await milestonesOf(tx, programmeId), milestoneId);
    if (found === null) throw milestoneNotFound();
    const before = await tx.milestones.progress.ofStartupMilestone(startupId, milestoneId);
    if (before?.state === 'confirmed') throw alreadyConfirmed();
    const claim: MilestoneProgress = {
      id: before?.id ?? newId(now),
      version: before?.version ?? 0,
      startupId,
      programmeId,
      cohortId,
      centreId,
      phaseId: found.phaseId,
      milestoneId,
      state: 'reached',
      evidence: { text: body.text ?? null, link: body.link ?? null },
      reachedAt: now.toISOString(),
      decision: null,
      eventVersion: before?.eventVersion ?? 0,
    };
    return viewProgress(await publishMilestone(tx, claim, now, trace));
  });
}

/** The startup's mentor or a coordinator of its centre confirms a claim, or sends it back with a reason. */
export function decideMilestone(
  ctx: ProfileContext,
  actor: ProgressActor,
  { startupId, milestoneId }: ClaimRef,
  decision: { confirm: true } | { confirm: false; reason: string },
  trace: Trace,
): Promise<MilestoneProgressView> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const startup = await startupOrThrow(tx, startupId);
    const as = await confirmerKind(tx, actor, startup);
    visibleOrMissing(as !== null, profileNotFound);
    const before = await tx.milestones.progress.ofStartupMilestone(startupId, milestoneId);
    if (before === null) throw milestoneNotFound();
    if (before.state !== 'reached') throw notAwaitingDecision();
    const decided: MilestoneProgress = {
      ...before,
      state: decision.confirm ? 'confirmed' : 'sent-back',
      decision: {
        by: actor.sub,
        as,
        at: now.toISOString(),
        reason: decision.confirm ? null : decision.reason,
      },
    };
    // A coordinator deciding is a staff action; a mentor's decision is the mentor's own work.
    if (as !== 'mentor') {
      const action = decision.confirm ? 'milestone.confirm' : 'milestone.send-back';
      const target = { type: 'startup', id: startupId };
      await recordAction(tx, actor, { action, target, before, after: decided }, now);
    }
    return viewProgress(await publishMilestone(tx, decided, now, trace));
  });
}
