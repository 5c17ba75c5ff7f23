import type { EventOf, InvestmentSource, Quarter, RevenueBand } from '@jisr/contracts';

export type ProgressEvent =
  | EventOf<'progress.registered'>
  | EventOf<'progress.registration-cancelled'>
  | EventOf<'progress.attended'>
  | EventOf<'progress.milestone-reached'>
  | EventOf<'progress.milestone-confirmed'>
  | EventOf<'progress.milestone-sent-back'>
  | EventOf<'progress.outcome-reported'>;

/** One quarter's check-in as the reports need it (profile keeps the full history and the words). */
export interface OutcomeMark {
  readonly quarter: Quarter;
  readonly at: string;
  readonly employees: number;
  readonly womenEmployed: number;
  readonly youthEmployed: number;
  readonly revenueBand: RevenueBand;
  readonly investmentUsd: number;
  readonly investmentSource: InvestmentSource;
  readonly partnerships: number;
  readonly exportDeals: number;
}

/** A dated fact about one session or milestone: the reports count them per period. */
export interface ProgressMark {
  readonly id: string;
  readonly at: string;
}

/** One startup's progress in one programme, projected from `programme.progress.v1`. */
export interface StartupProgress {
  readonly id: string;
  readonly version: number;
  readonly programmeId: string;
  readonly startupId: string;
  /** The cohort and centre the latest event named. */
  readonly cohortId: string | null;
  readonly centreId: string | null;
  readonly registered: readonly ProgressMark[];
  readonly attended: readonly ProgressMark[];
  readonly milestonesReached: readonly ProgressMark[];
  readonly milestonesConfirmed: readonly ProgressMark[];
  /** One per quarter (a corrected check-in replaces its quarter), oldest first: the first is the entry. */
  readonly outcomes: readonly OutcomeMark[];
}

export const progressId = (programmeId: string, startupId: string): string => `${programmeId}:${startupId}`;

export const emptyProgress = (programmeId: string, startupId: string): StartupProgress => ({
  id: progressId(programmeId, startupId),
  version: 0,
  programmeId,
  startupId,
  cohortId: null,
  centreId: null,
  registered: [],
  attended: [],
  milestonesReached: [],
  milestonesConfirmed: [],
  outcomes: [],
});

// A set of marks by id: the earliest date of a fact stays, so a redelivered event changes nothing.
const withMark = (marks: readonly ProgressMark[], mark: ProgressMark): readonly ProgressMark[] => {
  const found = marks.find((m) => m.id === mark.id);
  if (found !== undefined && found.at <= mark.at) return marks;
  return [...marks.filter((m) => m.id !== mark.id), mark].sort((a, b) => a.at.localeCompare(b.at));
};

const withOutcome = (outcomes: readonly OutcomeMark[], next: OutcomeMark): readonly OutcomeMark[] => {
  const found = outcomes.find((o) => o.quarter === next.quarter);
  // The later check-in of a quarter is its correction; an older one arriving late changes nothing.
  if (found !== undefined && found.at >= next.at) return outcomes;
  return [...outcomes.filter((o) => o.quarter !== next.quarter), next].sort((a, b) =>
    a.quarter.localeCompare(b.quarter),
  );
};

/** The record after one event; events of one startup may come twice or late and end the same. */
export const applyProgressEvent = (record: StartupProgress, event: ProgressEvent): StartupProgress => {
  const { payload } = event;
  const placed = {
    ...record,
    cohortId: payload.cohortId ?? record.cohortId,
    centreId: payload.centreId ?? record.centreId,
  };
  switch (event.type) {
    case 'progress.registered':
      return {
        ...placed,
        registered: withMark(record.registered, { id: event.payload.sessionId, at: payload.at }),
      };
    case 'progress.registration-cancelled':
      return { ...placed, registered: record.registered.filter((m) => m.id !== event.payload.sessionId) };
    case 'progress.attended':
      return {
        ...placed,
        attended: withMark(record.attended, { id: event.payload.sessionId, at: payload.at }),
      };
    case 'progress.milestone-reached':
      return {
        ...placed,
        milestonesReached: withMark(record.milestonesReached, {
          id: event.payload.milestoneId,
          at: payload.at,
        }),
      };
    case 'progress.milestone-confirmed':
      return {
        ...placed,
        milestonesConfirmed: withMark(record.milestonesConfirmed, {
          id: event.payload.milestoneId,
          at: payload.at,
        }),
      };
    case 'progress.milestone-sent-back':
      // A claim sent back is no longer reached; one made again after it (a later date) stays.
      return {
        ...placed,
        milestonesReached: record.milestonesReached.filter(
          (m) => m.id !== event.payload.milestoneId || m.at > payload.at,
        ),
      };
    case 'progress.outcome-reported': {
      const p = event.payload;
      return {
        ...placed,
        outcomes: withOutcome(record.outcomes, {
          quarter: p.quarter,
          at: p.at,
          employees: p.employees,
          womenEmployed: p.womenEmployed,
          youthEmployed: p.youthEmployed,
          revenueBand: p.revenueBand,
          investmentUsd: p.investmentRaised.amountUsd,
          investmentSource: p.investmentRaised.source,
          partnerships: p.partnerships,
          exportDeals: p.exportDeals,
        }),
      };
    }
  }
};

/** The first quarter's check-in (the startup's state on entry) and the latest one. */
export const entryOutcome = (record: StartupProgress): OutcomeMark | null => record.outcomes[0] ?? null;
export const latestOutcome = (record: StartupProgress): OutcomeMark | null => record.outcomes.at(-1) ?? null;
