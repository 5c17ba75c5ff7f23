import { visibleOrMissing } from '@jisr/errors';
import { assertMayFollow, ownsStartup, type ProgressActor } from '../milestones/milestone-access';
import { notInProgramme } from '../milestones/milestone-errors';
import { startupOrThrow } from '../milestones/milestone-progress.use-case';
import type { ProfileContext, Trace } from '../profile-context';
import { profileNotFound } from '../profile-errors';
import type { StartupProfile } from '../startups/startup-profile';
import { futureQuarter, invalidOutcome } from './outcome-errors';
import { publishOutcome } from './outcome-events';
import { checkInId, outcomeProblems, type OutcomeReport } from './outcome';
import { isAfter, previousQuarter, quarterOf, quarterStart, type Quarter } from './quarter';
import { viewCheckIn, type OutcomeCheckInView, type OutcomeHistory } from './outcome-view';

/**
 * The startup reports a quarter's outcomes. Reporting the same quarter again amends it: the earlier
 * revisions stay, and every revision is published for the reports to count the latest.
 */
export function reportOutcome(
  ctx: ProfileContext,
  actor: ProgressActor,
  startupId: string,
  quarter: Quarter,
  report: OutcomeReport,
  trace: Trace,
): Promise<OutcomeCheckInView> {
  visibleOrMissing(ownsStartup(actor, startupId), profileNotFound);
  const now = ctx.clock.now();
  if (isAfter(quarter, quarterOf(now))) throw futureQuarter();
  const problems = outcomeProblems(report);
  if (problems.length > 0) throw invalidOutcome(problems);
  return ctx.store.transaction(async (tx) => {
    const startup = await startupOrThrow(tx, startupId);
    const { programmeId, cohortId, centreId } = startup.placement;
    if (programmeId === null) throw notInProgramme();
    const id = checkInId(startupId, quarter);
    const before = await tx.outcomes.checkIns.get(id);
    const revisions = before?.revisions ?? [];
    const revision = {
      revision: revisions.length + 1,
      report,
      reportedAt: now.toISOString(),
      reportedBy: actor.sub,
    };
    const checkIn = {
      id,
      version: before?.version ?? 0,
      startupId,
      quarter,
      programmeId,
      cohortId,
      centreId,
      revisions: [...revisions, revision],
      eventVersion: before?.eventVersion ?? 0,
    };
    return viewCheckIn(await publishOutcome(tx, checkIn, now, trace));
  });
}

/**
 * The last ended quarter, which reminders ask for — when the startup was already there as it began:
 * one that joined during a quarter reports first on the next one.
 */
export const dueQuarter = (startup: StartupProfile, now: Date): Quarter | null => {
  const previous = previousQuarter(quarterOf(now));
  return new Date(startup.createdAt) < quarterStart(previous) ? previous : null;
};

/** A startup's check-ins with every revision, and whether the due quarter is still missing. */
export function listOutcomes(
  ctx: ProfileContext,
  actor: ProgressActor,
  startupId: string,
): Promise<OutcomeHistory> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const startup = await startupOrThrow(tx, startupId);
    await assertMayFollow(tx, actor, startup);
    const checkIns = await tx.outcomes.checkIns.ofStartup(startupId);
    const items = checkIns.map(viewCheckIn).sort((a, b) => b.quarter.localeCompare(a.quarter));
    const due = dueQuarter(startup, now);
    return {
      startupId,
      due: due === null ? null : { quarter: due, missing: !items.some((item) => item.quarter === due) },
      items,
    };
  });
}
