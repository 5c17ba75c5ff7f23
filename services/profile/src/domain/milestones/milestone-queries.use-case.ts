import type { ProfileContext } from '../profile-context';
import type { ProfileTx, StartupFilter } from '../profile-store.port';
import type { StartupProfile } from '../startups/startup-profile';
import { hasStaffRole } from '@jisr/auth';
import {
  assertMayFollow,
  coordinatesCentreOf,
  readsAllProgress,
  type ProgressActor,
} from './milestone-access';
import { milestonesOf } from './milestone-definitions.use-case';
import { startupOrThrow } from './milestone-progress.use-case';
import { notForYourRole } from '../profile-errors';
import {
  viewProgress,
  type AwaitingMilestone,
  type CohortProgress,
  type StartupMilestonesView,
} from './milestone-view';

/** A startup's milestones with its claims, for the startup, its mentors, its coordinators and staff. */
export function getStartupMilestones(
  ctx: ProfileContext,
  actor: ProgressActor,
  startupId: string,
): Promise<StartupMilestonesView> {
  return ctx.store.transaction(async (tx) => {
    const startup = await startupOrThrow(tx, startupId);
    await assertMayFollow(tx, actor, startup);
    const { programmeId } = startup.placement;
    if (programmeId === null) return { startupId, programmeId: null, phases: [] };
    const claims = await tx.milestones.progress.ofStartup(startupId);
    const definitions = await milestonesOf(tx, programmeId);
    return {
      startupId,
      programmeId,
      phases: definitions.phases.map((phase) => ({
        ...phase,
        milestones: phase.milestones.map((milestone) => {
          const claim = claims.find((c) => c.milestoneId === milestone.milestoneId);
          return { ...milestone, progress: claim === undefined ? null : viewProgress(claim) };
        }),
      })),
    };
  });
}

/** Claims the caller may decide: a mentor's startups, or the startups of a coordinator's centres. */
export function listAwaitingMilestones(
  ctx: ProfileContext,
  actor: ProgressActor,
): Promise<AwaitingMilestone[]> {
  const coordinator = hasStaffRole(actor, 'centre-coordinator');
  if (actor.role !== 'advisor' && !coordinator) throw notForYourRole();
  return ctx.store.transaction(async (tx) => {
    const mentored = actor.role === 'advisor' ? await tx.milestones.mentorships.startupsOf(actor.sub) : null;
    const claims = await tx.milestones.progress.awaiting(mentored);
    const items: AwaitingMilestone[] = [];
    for (const claim of claims) {
      const startup = await tx.startups.get(claim.startupId);
      if (startup === null || (mentored === null && !coordinatesCentreOf(actor, startup))) continue;
      const definitions = await milestonesOf(tx, claim.programmeId);
      const milestone = definitions.phases
        .flatMap((p) => p.milestones)
        .find((m) => m.milestoneId === claim.milestoneId);
      if (milestone === undefined) continue;
      items.push({ ...viewProgress(claim), startupName: { ...startup.name }, milestoneName: milestone.name });
    }
    return items;
  });
}

async function startupsWhere(tx: ProfileTx, filter: StartupFilter): Promise<StartupProfile[]> {
  const all: StartupProfile[] = [];
  let after: string | null = null;
  do {
    const page = await tx.startups.page(filter, { after, limit: 100 });
    all.push(...page.items);
    after = page.next;
  } while (after !== null);
  return all;
}

/** Per cohort and phase: how many of the cohort's startups reached and had confirmed each milestone. */
export function getCohortProgress(
  ctx: ProfileContext,
  actor: ProgressActor,
  programmeId: string,
): Promise<CohortProgress> {
  if (!readsAllProgress(actor)) throw notForYourRole();
  return ctx.store.transaction(async (tx) => {
    const definitions = await milestonesOf(tx, programmeId);
    const programme = await tx.programmes.get(programmeId);
    const claims = await tx.milestones.progress.ofProgramme(programmeId);
    const cohorts = [];
    for (const cohort of programme?.cohorts ?? []) {
      const members = new Set(
        (await startupsWhere(tx, { programmeId, cohortId: cohort.cohortId })).map((s) => s.id),
      );
      const ofCohort = claims.filter((claim) => members.has(claim.startupId));
      const count = (milestoneId: string, states: readonly string[]): number =>
        ofCohort.filter((c) => c.milestoneId === milestoneId && states.includes(c.state)).length;
      cohorts.push({
        cohortId: cohort.cohortId,
        name: cohort.name,
        startups: members.size,
        phases: definitions.phases.map((phase) => ({
          phaseId: phase.phaseId,
          name: phase.name,
          milestones: phase.milestones.map((m) => ({
            milestoneId: m.milestoneId,
            name: m.name,
            reached: count(m.milestoneId, ['reached', 'confirmed']),
            confirmed: count(m.milestoneId, ['confirmed']),
          })),
        })),
      });
    }
    return { programmeId, cohorts };
  });
}
