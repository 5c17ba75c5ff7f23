import type { MatchingContext } from '../matching-context';
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

// The filter's keys in a fixed order, so that equal filters share one cache entry.
const filterKey = (filter: PipelineFilter): string =>
  DIMENSIONS.filter((d) => filter[d] !== undefined)
    .map((d) => `${d}=${encodeURIComponent(filter[d]!)}`)
    .join('&');

/** Everything the views are computed from, read in one go. */
export const pipelineSnapshot = async ({ store }: MatchingContext): Promise<PipelineSnapshot> => {
  const [startups, advisors, programmes, introductions, progress] = await Promise.all([
    store.startups.all(),
    store.advisors.all(),
    store.programmes.all(),
    store.introductions.all(),
    store.progress.all(),
  ]);
  return { startups, advisors, programmes, introductions, progress };
};

export const pipelineFunnel = (ctx: MatchingContext, filter: PipelineFilter): Promise<FunnelView> =>
  ctx.views.remember(`funnel?${filterKey(filter)}`, async () =>
    funnelView(await pipelineSnapshot(ctx), filter),
  );

export const pipelineBreakdown = (
  ctx: MatchingContext,
  by: Dimension,
  filter: PipelineFilter,
): Promise<BreakdownRow[]> =>
  ctx.views.remember(`breakdown:${by}?${filterKey(filter)}`, async () =>
    breakdownView(await pipelineSnapshot(ctx), by, filter),
  );

export const advisorLoad = (ctx: MatchingContext): Promise<AdvisorLoadRow[]> =>
  ctx.views.remember('advisor-load', async () => advisorLoadView(await pipelineSnapshot(ctx)));

export const sectorResearch = (ctx: MatchingContext): Promise<SectorResearchRow[]> =>
  ctx.views.remember('research:sectors', async () => sectorResearchView(await pipelineSnapshot(ctx)));

export const researchTablesBy = (ctx: MatchingContext, by: ResearchDimension): Promise<ResearchTable[]> =>
  ctx.views.remember(`research:tables:${by}`, async () => researchTables(await pipelineSnapshot(ctx), by));

/** Every introduction of the filtered startups, oldest first, with both parties' names. */
export const pipelineIntroductions = (
  ctx: MatchingContext,
  filter: PipelineFilter,
): Promise<IntroductionRow[]> =>
  ctx.views.remember(`introductions?${filterKey(filter)}`, async () => {
    const { startups, advisors, introductions } = await pipelineSnapshot(ctx);
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
  });
