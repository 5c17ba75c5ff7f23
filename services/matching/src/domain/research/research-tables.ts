import type { LocalizedText } from '@jisr/contracts';
import { dimensionKeys, dimensionLabel } from '../pipeline/dimensions';
import type { PipelineSnapshot } from '../pipeline/pipeline-views';
import type { StartupProgress } from '../progress/startup-progress';
import { quarterOf } from '../reports/impact-report';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression';

export const RESEARCH_DIMENSIONS = ['sector', 'city', 'stage'] as const;
export type ResearchDimension = (typeof RESEARCH_DIMENSIONS)[number];

/** What each table counts: startups doing this in a quarter. */
export const RESEARCH_MEASURES = [
  'introductions-requested',
  'training-attended',
  'milestones-reached',
  'outcomes-reported',
  'investment-raised',
  'turkish-partnerships',
] as const;
export type ResearchMeasure = (typeof RESEARCH_MEASURES)[number];

export interface ResearchTable extends PublishedTable {
  readonly measure: ResearchMeasure;
  readonly by: ResearchDimension;
  readonly rowLabels: readonly (LocalizedText | null)[];
}

type Activity = Readonly<Record<ResearchMeasure, readonly string[]>>;

// The quarters in which one startup did each measured thing.
const activityOf = (
  startupId: string,
  snapshot: PipelineSnapshot,
  progress: readonly StartupProgress[],
): Activity => {
  const outcomes = progress.flatMap((p) => p.outcomes);
  return {
    'introductions-requested': snapshot.introductions
      .filter((i) => i.startupId === startupId)
      .map((i) => quarterOf(i.requestedAt)),
    'training-attended': progress.flatMap((p) => p.attended.map((m) => quarterOf(m.at))),
    'milestones-reached': progress.flatMap((p) => p.milestonesReached.map((m) => quarterOf(m.at))),
    'outcomes-reported': outcomes.map((o) => o.quarter),
    'investment-raised': outcomes.filter((o) => o.investmentUsd > 0).map((o) => o.quarter),
    'turkish-partnerships': outcomes.filter((o) => o.partnerships + o.exportDeals > 0).map((o) => o.quarter),
  };
};

/**
 * One table per measure: startups by `by` (rows) and quarter (columns), with row and column totals,
 * small cells withheld so that no startup can be singled out (see small-cell-suppression.ts).
 */
export const researchTables = (snapshot: PipelineSnapshot, by: ResearchDimension): ResearchTable[] => {
  const startups = snapshot.startups.filter((s) => s.profile !== null && !s.erased);
  const activity = new Map(
    startups.map((s) => [
      s.id,
      activityOf(
        s.id,
        snapshot,
        snapshot.progress.filter((p) => p.startupId === s.id),
      ),
    ]),
  );
  const rowOf = new Map(startups.map((s) => [s.id, dimensionKeys(by, s.profile!)[0]!]));
  const rows = [...new Set(rowOf.values())].sort();
  const columns = [
    ...new Set([...activity.values()].flatMap((a) => RESEARCH_MEASURES.flatMap((m) => a[m]))),
  ].sort();
  return RESEARCH_MEASURES.map((measure) => {
    const cells = rows.map(() => columns.map(() => new Set<string>()));
    for (const [startupId, done] of activity)
      for (const quarter of done[measure])
        cells[rows.indexOf(rowOf.get(startupId)!)]![columns.indexOf(quarter)]!.add(startupId);
    return {
      measure,
      by,
      rowLabels: rows.map((key) => dimensionLabel(by, key, snapshot.programmes)),
      ...suppressSmallCells({ rows, columns, cells }),
    };
  });
};
