import type { Locale } from '@jisr/contracts';
import type { Dimension, PipelineFilter } from '../../domain/pipeline/dimensions';
import type { FunnelCounts, FunnelView } from '../../domain/pipeline/funnel';
import type { ProgressCounts } from '../../domain/progress/progress-counts';
import type { MatchingContext } from '../../domain/matching-context';
import {
  advisorLoad,
  pipelineBreakdown,
  pipelineFunnel,
  pipelineIntroductions,
  sectorResearch,
  type IntroductionRow,
} from '../../domain/pipeline/pipeline-queries.use-case';
import type { AdvisorLoadRow, SectorResearchRow } from '../../domain/pipeline/pipeline-views';
import { toCsv, type CsvCell } from '@jisr/http-kit';

const FUNNEL_STEPS: readonly (keyof FunnelCounts)[] = [
  'registered',
  'verified',
  'requested',
  'accepted',
  'active',
  'met',
  'completed',
  'declined',
  'expired',
];

const PROGRESS_STEPS: readonly (keyof ProgressCounts)[] = [
  'registeredForTraining',
  'attendedTraining',
  'reachedMilestone',
  'confirmedMilestone',
  'reportedOutcome',
];

const funnelCells = (view: FunnelView): CsvCell[] => [
  ...FUNNEL_STEPS.map((step) => view.startups[step]),
  view.medianHours.verification,
  view.medianHours.firstRequest,
  view.medianHours.acceptance,
  view.medianHours.firstMeeting,
  view.medianHours.completion,
  ...PROGRESS_STEPS.map((step) => view.progress[step]),
];
const FUNNEL_COLUMNS = [
  ...FUNNEL_STEPS,
  'median_hours_verification',
  'median_hours_first_request',
  'median_hours_acceptance',
  'median_hours_first_meeting',
  'median_hours_completion',
  'registered_for_training',
  'attended_training',
  'reached_milestone',
  'confirmed_milestone',
  'reported_outcome',
];

/** A CSV column: its header and how one row fills it, kept together so they cannot drift apart. */
type Column<R> = readonly [header: string, cell: (row: R) => CsvCell];

const tableCsv = <R>(columns: readonly Column<R>[], rows: readonly R[]): string =>
  toCsv(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, cell]) => cell(row))),
  );

const ADVISOR_LOAD_COLUMNS: readonly Column<AdvisorLoadRow>[] = [
  ['advisor_id', (r) => r.advisorId],
  ['name', (r) => r.displayName],
  ['organisation', (r) => r.organisation],
  ['capacity', (r) => r.capacity],
  ['active', (r) => r.active],
  ['open', (r) => r.open],
  ['completed', (r) => r.completed],
  ['declined', (r) => r.declined],
  ['expired', (r) => r.expired],
  ['utilisation', (r) => r.utilisation],
  ['paused', (r) => r.paused],
];

const INTRODUCTION_COLUMNS: readonly Column<IntroductionRow>[] = [
  ['introduction_id', (r) => r.introductionId],
  ['startup_id', (r) => r.startupId],
  ['startup', (r) => r.startupName],
  ['advisor_id', (r) => r.advisorId],
  ['advisor', (r) => r.advisorName],
  ['state', (r) => r.state],
  ['score', (r) => r.score],
  ['requested_at', (r) => r.requestedAt],
  ['accepted_at', (r) => r.acceptedAt],
  ['closed_at', (r) => r.closedAt],
  ['rating', (r) => r.rating],
  ['meetings', (r) => r.meetings],
  ['first_meeting_at', (r) => r.firstMeetingAt],
];

const sectorColumns = (locale: Locale): readonly Column<SectorResearchRow>[] => [
  ['section', (r) => r.section],
  ['name', (r) => r.label?.[locale] ?? r.section],
  ['startups', (r) => r.startups],
  ['verified_startups', (r) => r.verifiedStartups],
  ['advisors', (r) => r.advisors],
  ['requests', (r) => r.requests],
  ['accepted', (r) => r.accepted],
  ['acceptance_rate', (r) => r.acceptanceRate],
  ['average_request_score', (r) => r.averageRequestScore],
  ['attended_training', (r) => r.progress.attendedTraining],
  ['reached_milestone', (r) => r.progress.reachedMilestone],
  ['reported_outcome', (r) => r.progress.reportedOutcome],
];

type ExportRequest = PipelineFilter & {
  readonly view: 'funnel' | 'breakdown' | 'advisor-load' | 'introductions' | 'sectors';
  readonly by?: Dimension | undefined;
};

/** One pipeline view as CSV; labels in the reader's locale. */
export const pipelineCsv = async (
  ctx: MatchingContext,
  request: ExportRequest,
  locale: Locale,
): Promise<string> => {
  const { view, by, ...filter } = request;
  switch (view) {
    case 'funnel':
      return toCsv(FUNNEL_COLUMNS, [funnelCells(await pipelineFunnel(ctx, filter))]);
    case 'breakdown': {
      const rows = await pipelineBreakdown(ctx, by ?? 'sector', filter);
      return toCsv(
        [by ?? 'sector', 'name', ...FUNNEL_COLUMNS],
        rows.map((row) => [row.key, row.label?.[locale] ?? row.key, ...funnelCells(row)]),
      );
    }
    case 'advisor-load':
      return tableCsv(ADVISOR_LOAD_COLUMNS, await advisorLoad(ctx));
    case 'introductions':
      return tableCsv(INTRODUCTION_COLUMNS, await pipelineIntroductions(ctx, filter));
    case 'sectors':
      return tableCsv(sectorColumns(locale), await sectorResearch(ctx));
  }
};
