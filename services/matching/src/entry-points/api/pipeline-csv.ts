import type { Locale } from '@jisr/contracts';
import type { Dimension, PipelineFilter } from '../../domain/pipeline/dimensions';
import type { FunnelCounts, FunnelView } from '../../domain/pipeline/funnel';
import type { PipelineQueries } from '../../domain/pipeline/pipeline-queries.use-case';
import { toCsv, type CsvCell } from './csv';

const FUNNEL_STEPS: readonly (keyof FunnelCounts)[] = [
  'registered',
  'verified',
  'requested',
  'accepted',
  'active',
  'completed',
  'declined',
  'expired',
];

const funnelCells = (view: FunnelView): CsvCell[] => [
  ...FUNNEL_STEPS.map((step) => view.startups[step]),
  view.medianHours.verification,
  view.medianHours.firstRequest,
  view.medianHours.acceptance,
  view.medianHours.completion,
];
const FUNNEL_COLUMNS = [
  ...FUNNEL_STEPS,
  'median_hours_verification',
  'median_hours_first_request',
  'median_hours_acceptance',
  'median_hours_completion',
];

type ExportRequest = PipelineFilter & {
  readonly view: 'funnel' | 'breakdown' | 'advisor-load' | 'introductions' | 'sectors';
  readonly by?: Dimension | undefined;
};

/** One pipeline view as CSV; labels in the reader's locale. */
export const pipelineCsv = async (
  queries: PipelineQueries,
  request: ExportRequest,
  locale: Locale,
): Promise<string> => {
  const { view, by, ...filter } = request;
  switch (view) {
    case 'funnel':
      return toCsv(FUNNEL_COLUMNS, [funnelCells(await queries.funnel(filter))]);
    case 'breakdown': {
      const rows = await queries.breakdown(by ?? 'sector', filter);
      return toCsv(
        [by ?? 'sector', 'name', ...FUNNEL_COLUMNS],
        rows.map((row) => [row.key, row.label?.[locale] ?? row.key, ...funnelCells(row)]),
      );
    }
    case 'advisor-load': {
      const rows = await queries.advisorLoad();
      const columns = [
        'advisor_id',
        'name',
        'organisation',
        'capacity',
        'active',
        'open',
        'completed',
        'declined',
        'expired',
        'utilisation',
        'paused',
      ];
      return toCsv(
        columns,
        rows.map((r) => [
          r.advisorId,
          r.displayName,
          r.organisation,
          r.capacity,
          r.active,
          r.open,
          r.completed,
          r.declined,
          r.expired,
          r.utilisation,
          r.paused,
        ]),
      );
    }
    case 'introductions': {
      const rows = await queries.introductions(filter);
      const columns = [
        'introduction_id',
        'startup_id',
        'startup',
        'advisor_id',
        'advisor',
        'state',
        'score',
        'requested_at',
        'accepted_at',
        'closed_at',
        'rating',
      ];
      return toCsv(
        columns,
        rows.map((r) => [
          r.introductionId,
          r.startupId,
          r.startupName,
          r.advisorId,
          r.advisorName,
          r.state,
          r.score,
          r.requestedAt,
          r.acceptedAt,
          r.closedAt,
          r.rating,
        ]),
      );
    }
    case 'sectors': {
      const rows = await queries.sectorResearch();
      const columns = [
        'section',
        'name',
        'startups',
        'verified_startups',
        'advisors',
        'requests',
        'accepted',
        'acceptance_rate',
        'average_request_score',
      ];
      return toCsv(
        columns,
        rows.map((r) => [
          r.section,
          r.label?.[locale] ?? r.section,
          r.startups,
          r.verifiedStartups,
          r.advisors,
          r.requests,
          r.accepted,
          r.acceptanceRate,
          r.averageRequestScore,
        ]),
      );
    }
  }
};
