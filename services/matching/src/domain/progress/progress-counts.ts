import type { StartupProgress } from './startup-progress';

/** Startups with at least one of each kind of programme progress (training, milestones, outcomes). */
export interface ProgressCounts {
  readonly registeredForTraining: number;
  readonly attendedTraining: number;
  readonly reachedMilestone: number;
  readonly confirmedMilestone: number;
  readonly reportedOutcome: number;
}

/** Every startup's progress records (one per programme it is in), grouped once per snapshot. */
export const progressByStartup = (records: readonly StartupProgress[]): Map<string, StartupProgress[]> => {
  const map = new Map<string, StartupProgress[]>();
  for (const record of records) map.set(record.startupId, [...(map.get(record.startupId) ?? []), record]);
  return map;
};

/** Counts each startup once per kind of progress, whatever the number of programmes or sessions. */
export const progressCounts = (
  startupIds: readonly string[],
  byStartup: ReadonlyMap<string, readonly StartupProgress[]>,
): ProgressCounts => {
  const count = (has: (record: StartupProgress) => boolean): number =>
    startupIds.filter((id) => (byStartup.get(id) ?? []).some(has)).length;
  return {
    registeredForTraining: count((r) => r.registered.length > 0 || r.attended.length > 0),
    attendedTraining: count((r) => r.attended.length > 0),
    reachedMilestone: count((r) => r.milestonesReached.length > 0),
    confirmedMilestone: count((r) => r.milestonesConfirmed.length > 0),
    reportedOutcome: count((r) => r.outcomes.length > 0),
  };
};
