import type { IntroductionRecord, IntroductionState } from '../introductions/introduction';
import { firstMeetingAt, hasMet, meetingsOf } from '../introductions/meeting-marks';
import { progressCounts, type ProgressCounts } from '../progress/progress-counts';
import type { StartupProgress } from '../progress/startup-progress';
import type { StartupRecord } from '../read-model/profile-records';

/** Startups counted once at each step they have reached (a funnel of startups, not of requests). */
export interface FunnelCounts {
  readonly registered: number;
  readonly verified: number;
  readonly requested: number;
  readonly accepted: number;
  readonly active: number;
  /** Startups that held at least one meeting with an advisor. */
  readonly met: number;
  readonly completed: number;
  readonly declined: number;
  readonly expired: number;
}

export interface StepDurations {
  /** Median hours from registration to verification. */
  readonly verification: number | null;
  /** Median hours from verification to the startup's first request. */
  readonly firstRequest: number | null;
  /** Median hours from a request to its acceptance. */
  readonly acceptance: number | null;
  /** Median hours from an acceptance to the introduction's first (not cancelled) meeting. */
  readonly firstMeeting: number | null;
  /** Median hours from an acceptance to the introduction's completion. */
  readonly completion: number | null;
}

/** Meetings of the counted introductions, by how they stand now. */
export interface MeetingCounts {
  readonly scheduled: number;
  readonly held: number;
  readonly cancelled: number;
  readonly noShow: number;
}

export interface FunnelView {
  readonly startups: FunnelCounts;
  readonly introductions: Readonly<Record<IntroductionState, number>>;
  readonly meetings: MeetingCounts;
  readonly medianHours: StepDurations;
  /** Startups with training, milestones and outcomes of `programme.progress.v1`. */
  readonly progress: ProgressCounts;
}

const HOUR_MS = 3_600_000;

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
};

const hoursBetween = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : (Date.parse(to) - Date.parse(from)) / HOUR_MS;

const present = (values: readonly (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null);

export const emptyIntroductionCounts = (): Record<IntroductionState, number> => ({
  requested: 0,
  'info-requested': 0,
  accepted: 0,
  declined: 0,
  expired: 0,
  withdrawn: 0,
  completed: 0,
});

/** Groups introductions by startup id once, so that every view reuses the same index. */
export const byStartup = (
  introductions: readonly IntroductionRecord[],
): Map<string, IntroductionRecord[]> => {
  const map = new Map<string, IntroductionRecord[]>();
  for (const intro of introductions) {
    const list = map.get(intro.startupId);
    if (list === undefined) map.set(intro.startupId, [intro]);
    else list.push(intro);
  }
  return map;
};

/** The funnel of the given startups (already filtered) with their introductions. */
export const funnelOf = (
  startups: readonly StartupRecord[],
  introsByStartup: ReadonlyMap<string, readonly IntroductionRecord[]>,
  progressOfStartup: ReadonlyMap<string, readonly StartupProgress[]>,
): FunnelView => {
  const counts = {
    registered: 0,
    verified: 0,
    requested: 0,
    accepted: 0,
    active: 0,
    met: 0,
    completed: 0,
    declined: 0,
    expired: 0,
  };
  const meetings = { scheduled: 0, held: 0, cancelled: 0, noShow: 0 };
  const firstMeeting: (number | null)[] = [];
  const introductions = emptyIntroductionCounts();
  const verification: (number | null)[] = [];
  const firstRequest: (number | null)[] = [];
  const acceptance: (number | null)[] = [];
  const completion: (number | null)[] = [];
  for (const startup of startups) {
    const intros = introsByStartup.get(startup.id) ?? [];
    const has = (test: (intro: IntroductionRecord) => boolean): boolean => intros.some(test);
    counts.registered += 1;
    if (startup.verification === 'verified') counts.verified += 1;
    if (intros.length > 0) counts.requested += 1;
    if (has((i) => i.acceptedAt !== null)) counts.accepted += 1;
    if (has((i) => i.state === 'accepted')) counts.active += 1;
    if (has(hasMet)) counts.met += 1;
    if (has((i) => i.state === 'completed')) counts.completed += 1;
    if (has((i) => i.state === 'declined')) counts.declined += 1;
    if (has((i) => i.state === 'expired')) counts.expired += 1;
    verification.push(hoursBetween(startup.registeredAt, startup.verifiedAt));
    const first = intros.reduce<string | null>(
      (min, i) => (min === null || i.requestedAt < min ? i.requestedAt : min),
      null,
    );
    firstRequest.push(hoursBetween(startup.verifiedAt, first));
    for (const intro of intros) {
      introductions[intro.state] += 1;
      acceptance.push(hoursBetween(intro.requestedAt, intro.acceptedAt));
      firstMeeting.push(hoursBetween(intro.acceptedAt, firstMeetingAt(intro)));
      for (const meeting of meetingsOf(intro)) {
        if (meeting.status === 'no-show') meetings.noShow += 1;
        else meetings[meeting.status] += 1;
      }
      if (intro.state === 'completed') completion.push(hoursBetween(intro.acceptedAt, intro.closedAt));
    }
  }
  return {
    startups: counts,
    introductions,
    meetings,
    medianHours: {
      verification: median(present(verification)),
      firstRequest: median(present(firstRequest)),
      acceptance: median(present(acceptance)),
      firstMeeting: median(present(firstMeeting)),
      completion: median(present(completion)),
    },
    progress: progressCounts(
      startups.map((s) => s.id),
      progressOfStartup,
    ),
  };
};
