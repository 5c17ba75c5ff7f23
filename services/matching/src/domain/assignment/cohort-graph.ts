import { byId, pairKey } from './cohort-pins';
import type { CohortProblem } from './assignment-types';

/**
 * The full eligible graph of a round: every startup (row) against every advisor (column), with the
 * advisors' free places. Plain inputs, so whoever builds it decides who is eligible (free places after
 * existing load, startups left out) and the solver only optimises.
 */
export interface CohortGraph {
  /** Sorted by id (code units), so the same round always gives the same answer. */
  readonly startupIds: readonly string[];
  readonly advisorIds: readonly string[];
  /** Free places per advisor column. */
  readonly capacity: Int32Array;
  /** Row-major, `row * advisorIds.length + column`, in hundredths; 0 where the pair may never be matched. */
  readonly scores: Uint16Array;
}

const hundredths = (score: number): number => Math.min(65_535, Math.max(0, Math.round(score * 100)));

/** A graph from a list of scored pairs (the best score when a pair is listed twice); unlisted pairs score 0. */
export function graphFromCandidates(problem: Omit<CohortProblem, 'objective'>): CohortGraph {
  const startupIds = [...new Set(problem.startupIds)].sort(byId);
  const places = new Map<string, number>();
  for (const seat of problem.advisors) places.set(seat.advisorId, seat.capacity);
  const advisorIds = [...places.keys()].sort(byId);
  const row = new Map(startupIds.map((id, i) => [id, i]));
  const column = new Map(advisorIds.map((id, j) => [id, j]));
  const scores = new Uint16Array(startupIds.length * advisorIds.length);
  for (const c of problem.candidates) {
    const i = row.get(c.startupId);
    const j = column.get(c.advisorId);
    if (i === undefined || j === undefined) continue;
    const at = i * advisorIds.length + j;
    scores[at] = Math.max(scores[at] ?? 0, hundredths(c.score));
  }
  return {
    startupIds,
    advisorIds,
    capacity: Int32Array.from(advisorIds, (id) => Math.max(0, places.get(id) ?? 0)),
    scores,
  };
}

/** Forbidden pairs as `row * columns + column` numbers, the form the pricing loop looks up. */
export function forbiddenCells(
  graph: CohortGraph,
  forbidden: readonly { startupId: string; advisorId: string }[],
): Set<number> {
  const wanted = new Set(forbidden.map((p) => pairKey(p.startupId, p.advisorId)));
  const row = new Map(graph.startupIds.map((id, i) => [id, i]));
  const column = new Map(graph.advisorIds.map((id, j) => [id, j]));
  const cells = new Set<number>();
  for (const key of wanted) {
    const [startupId = '', advisorId = ''] = key.split('\u0000');
    const i = row.get(startupId);
    const j = column.get(advisorId);
    if (i !== undefined && j !== undefined) cells.add(i * graph.advisorIds.length + j);
  }
  return cells;
}
