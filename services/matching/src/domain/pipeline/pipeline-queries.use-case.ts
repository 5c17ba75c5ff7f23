import type { MatchingStore } from '../matching-store.port';
import { DIMENSIONS, matchesFilter, type Dimension, type PipelineFilter } from './dimensions';
import type { FunnelView } from './funnel';
import { arrangedMeetings, firstMeetingAt } from '../introductions/meeting-marks';
import {
  advisorLoadView,
  breakdownView,
  funnelView,
  sectorResearchView,
  type AdvisorLoadRow,
  type BreakdownRow,
  type PipelineSnapshot,
  type SectorResearchRow,
} from './pipeline-views';
import type { IntroductionRecord } from '../introductions/introduction';
import type { ViewCache } from './view-cache.port';
import { impactReport, type ImpactReport } from '../reports/impact-report';
import type { ReportScope } from '../reports/report-scope';
import { researchTables, type ResearchDimension, type ResearchTable } from '../research/research-tables';

export interface IntroductionRow {
  readonly introductionId: string;
  readonly startupId: string;
  readonly startupName: string;
  readonly advisorId: string;
  readonly advisorName: string;
  readonly state: IntroductionRecord['state'];
  readonly score: number;
  readonly requestedAt: string;
  readonly acceptedAt: string | null;
  readonly closedAt: string | null;
  readonly rating: number | null;
  /** Meetings arranged and not cancelled, and when the first of them starts. */
  readonly meetings: number;
  readonly firstMeetingAt: string | null;
}

export interface PipelineQueries {
  funnel(filter: PipelineFilter): Promise<FunnelView>;
  breakdown(by: Dimension, filter: PipelineFilter): Promise<BreakdownRow[]>;
  advisorLoad(): Promise<AdvisorLoadRow[]>;
  sectorResearch(): Promise<SectorResearchRow[]>;
  introductions(filter: PipelineFilter): Promise<IntroductionRow[]>;
  impactReport(scope: ReportScope): Promise<ImpactReport | null>;
  researchTables(by: ResearchDimension): Promise<ResearchTable[]>;
}

// The filter's keys in a fixed order, so that equal filters share one cache entry.
const filterKey = (filter: PipelineFilter): string =>
  DIMENSIONS.filter((d) => filter[d] !== undefined)
    .map((d) => `${d}=${encodeURIComponent(filter[d]!)}`)
    .join('&');

export const createPipelineQueries = (store: MatchingStore, cache: ViewCache): PipelineQueries => {
  const snapshot = async (): Promise<PipelineSnapshot> => {
    const [startups, advisors, programmes, introductions, progress] = await Promise.all([
      store.startups.all(),
      store.advisors.all(),
      store.programmes.all(),
      store.introductions.all(),
      store.progress.all(),
    ]);
    return { startups, advisors, programmes, introductions, progress };
  };
  return {
    funnel: (filter) =>
      cache.remember(`funnel?${filterKey(filter)}`, async () => funnelView(await snapshot(), filter)),
    breakdown: (by, filter) =>
      cache.remember(`breakdown:${by}?${filterKey(filter)}`, async () =>
        breakdownView(await snapshot(), by, filter),
      ),
    advisorLoad: () => cache.remember('advisor-load', async () => advisorLoadView(await snapshot())),
    sectorResearch: () =>
      cache.remember('research:sectors', async () => sectorResearchView(await snapshot())),
    impactReport: (scope) =>
      cache.remember(`report:${scope.kind}:${scope.id}`, async () => impactReport(await snapshot(), scope)),
    researchTables: (by) =>
      cache.remember(`research:tables:${by}`, async () => researchTables(await snapshot(), by)),
    introductions: (filter) =>
      cache.remember(`introductions?${filterKey(filter)}`, async () => {
        const { startups, advisors, introductions } = await snapshot();
        const startupById = new Map(startups.filter((s) => matchesFilter(s, filter)).map((s) => [s.id, s]));
        const advisorName = new Map(advisors.map((a) => [a.id, a.profile?.displayName ?? '']));
        return introductions
          .filter((i) => startupById.has(i.startupId))
          .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id))
          .map((i) => ({
            introductionId: i.id,
            startupId: i.startupId,
            startupName: startupById.get(i.startupId)?.profile?.name.latin ?? '',
            advisorId: i.advisorId,
            advisorName: advisorName.get(i.advisorId) ?? '',
            state: i.state,
            score: i.score,
            requestedAt: i.requestedAt,
            acceptedAt: i.acceptedAt,
            closedAt: i.closedAt,
            rating: i.rating,
            meetings: arrangedMeetings(i).length,
            firstMeetingAt: firstMeetingAt(i),
          }));
      }),
  };
};
