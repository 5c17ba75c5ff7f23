import {
  INVESTMENT_SOURCES,
  REVENUE_BANDS,
  type InvestmentSource,
  type LocalizedText,
} from '@jisr/contracts';
import type { IntroductionRecord } from '../introductions/introduction';
import { hasMet, meetingsOf } from '../introductions/meeting-marks';
import { entryOutcome, latestOutcome, type StartupProgress } from '../progress/startup-progress';
import type { PipelineSnapshot } from '../pipeline/pipeline-views';
import { scopeLabel, startupsInScope, type ReportScope } from './report-scope';

/** A headcount summed over the startups that reported: at their first check-in and at their latest. */
export interface SinceEntry {
  readonly entry: number;
  readonly latest: number;
}

export interface QuarterActivity {
  readonly quarter: string;
  readonly attendances: number;
  readonly milestonesReached: number;
  readonly outcomesReported: number;
}

/** What funders ask of a programme, cohort or centre: activity, progress and change since entry. */
export interface ImpactReport {
  readonly scope: ReportScope & { readonly label: LocalizedText | null };
  readonly startups: number;
  readonly introductions: {
    readonly requested: number;
    readonly accepted: number;
    readonly completed: number;
  };
  readonly meetings: { readonly held: number; readonly startupsMet: number };
  readonly attendance: {
    readonly registrations: number;
    readonly attendances: number;
    readonly startups: number;
  };
  readonly milestones: {
    readonly reached: number;
    readonly confirmed: number;
    readonly startupsReached: number;
    readonly startupsConfirmed: number;
  };
  readonly outcomes: {
    readonly startupsReporting: number;
    readonly employees: SinceEntry;
    readonly womenEmployed: SinceEntry;
    readonly youthEmployed: SinceEntry;
    /** Startups whose revenue band rose, stayed or fell between their first and latest check-in. */
    readonly revenueBand: { readonly up: number; readonly same: number; readonly down: number };
    /** USD raised over every reported quarter, by source. */
    readonly investmentUsd: Readonly<Record<InvestmentSource, number>>;
    readonly partnerships: number;
    readonly exportDeals: number;
  };
  readonly byQuarter: readonly QuarterActivity[];
}

/** The calendar quarter (`2027-Q1`) of an instant, in UTC. */
export const quarterOf = (iso: string): string => {
  const date = new Date(iso);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
};

const sum = <T>(items: readonly T[], value: (item: T) => number): number =>
  items.reduce((total, item) => total + value(item), 0);

const sinceEntry = (
  records: readonly StartupProgress[],
  pick: (o: NonNullable<ReturnType<typeof entryOutcome>>) => number,
): SinceEntry => ({
  entry: sum(records, (r) => {
    const o = entryOutcome(r);
    return o === null ? 0 : pick(o);
  }),
  latest: sum(records, (r) => {
    const o = latestOutcome(r);
    return o === null ? 0 : pick(o);
  }),
});

const byQuarter = (records: readonly StartupProgress[]): QuarterActivity[] => {
  const quarters = new Map<
    string,
    { attendances: number; milestonesReached: number; outcomesReported: number }
  >();
  const at = (quarter: string) => {
    const found = quarters.get(quarter) ?? { attendances: 0, milestonesReached: 0, outcomesReported: 0 };
    quarters.set(quarter, found);
    return found;
  };
  for (const r of records) {
    for (const mark of r.attended) at(quarterOf(mark.at)).attendances += 1;
    for (const mark of r.milestonesReached) at(quarterOf(mark.at)).milestonesReached += 1;
    for (const outcome of r.outcomes) at(outcome.quarter).outcomesReported += 1;
  }
  return [...quarters.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, counts]) => ({ quarter, ...counts }));
};

const introductionCounts = (intros: readonly IntroductionRecord[]) => ({
  requested: intros.length,
  accepted: intros.filter((i) => i.acceptedAt !== null).length,
  completed: intros.filter((i) => i.state === 'completed').length,
});

/** The report of one scope, or null when the read model knows no such programme, cohort or centre. */
export const impactReport = (snapshot: PipelineSnapshot, scope: ReportScope): ImpactReport | null => {
  const inScope = startupsInScope(scope, snapshot.startups, snapshot.progress);
  const known = scopeLabel(scope, snapshot.programmes, inScope);
  if (known === null) return null;
  const records = snapshot.progress.filter(
    (r) => inScope.has(r.startupId) && (scope.kind !== 'programme' || r.programmeId === scope.id),
  );
  const intros = snapshot.introductions.filter((i) => inScope.has(i.startupId));
  const reporting = records.filter((r) => r.outcomes.length > 0);
  const band = (r: StartupProgress): number =>
    REVENUE_BANDS.indexOf(latestOutcome(r)!.revenueBand) -
    REVENUE_BANDS.indexOf(entryOutcome(r)!.revenueBand);
  const investment = Object.fromEntries(INVESTMENT_SOURCES.map((source) => [source, 0])) as Record<
    InvestmentSource,
    number
  >;
  for (const outcome of records.flatMap((r) => r.outcomes))
    investment[outcome.investmentSource] += outcome.investmentUsd;
  const startupsWith = (has: (r: StartupProgress) => boolean): number =>
    new Set(records.filter(has).map((r) => r.startupId)).size;
  return {
    scope: { ...scope, label: known.label },
    startups: inScope.size,
    introductions: introductionCounts(intros),
    meetings: {
      held: sum(intros, (i) => meetingsOf(i).filter((m) => m.status === 'held').length),
      startupsMet: new Set(intros.filter(hasMet).map((i) => i.startupId)).size,
    },
    attendance: {
      registrations: sum(records, (r) => r.registered.length),
      attendances: sum(records, (r) => r.attended.length),
      startups: startupsWith((r) => r.attended.length > 0),
    },
    milestones: {
      reached: sum(records, (r) => r.milestonesReached.length),
      confirmed: sum(records, (r) => r.milestonesConfirmed.length),
      startupsReached: startupsWith((r) => r.milestonesReached.length > 0),
      startupsConfirmed: startupsWith((r) => r.milestonesConfirmed.length > 0),
    },
    outcomes: {
      startupsReporting: startupsWith((r) => r.outcomes.length > 0),
      employees: sinceEntry(reporting, (o) => o.employees),
      womenEmployed: sinceEntry(reporting, (o) => o.womenEmployed),
      youthEmployed: sinceEntry(reporting, (o) => o.youthEmployed),
      revenueBand: {
        up: reporting.filter((r) => band(r) > 0).length,
        same: reporting.filter((r) => band(r) === 0).length,
        down: reporting.filter((r) => band(r) < 0).length,
      },
      investmentUsd: investment,
      partnerships: sum(records, (r) => sum(r.outcomes, (o) => o.partnerships)),
      exportDeals: sum(records, (r) => sum(r.outcomes, (o) => o.exportDeals)),
    },
    byQuarter: byQuarter(records),
  };
};
