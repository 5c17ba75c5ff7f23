import { solveAssignment, type AssignmentOptimum } from './min-cost-flow';
import type { CohortProgress } from './assignment-types';
import type { CohortGraph } from './cohort-graph';

/** Arcs per startup in the first solve, and at most how many priced-out pairs a startup gains per round. */
const FIRST_ARCS = 40;
const ADDED_PER_ROUND = 40;

export interface FullGraphOptimum extends AssignmentOptimum {
  readonly pricedPairs: number;
  readonly candidatePairs: number;
  readonly rounds: number;
}

export interface FullGraphInput {
  readonly graph: CohortGraph;
  /** The graph rows the solver places (pinned startups are fixed before). */
  readonly rows: Int32Array;
  /** Places per column left after the pins. */
  readonly places: Int32Array;
  readonly matchBonus: number;
  readonly forbidden: ReadonlySet<number>;
}

/**
 * Column generation: solve on each startup's best few pairs, then price every eligible pair of the
 * full graph against the duals; a pair with u_i + v_j < weight could improve the optimum, so the
 * most violated ones join and the restricted problem is solved again, until no pair violates.
 * Then the duals are feasible for the full graph and the optimum is the full graph's.
 */
export function* solveOnFullGraph(input: FullGraphInput): Generator<CohortProgress, FullGraphOptimum> {
  const { graph, rows, places, matchBonus, forbidden } = input;
  const columns = graph.advisorIds.length;
  const { scores } = graph;
  const arcs: number[][] = Array.from(rows, (i) => bestColumns(scores, i * columns, places, forbidden));
  let seed: AssignmentOptimum | undefined;
  for (let round = 1; ; round++) {
    const sparse = toSparse(arcs, rows, columns, scores, places, matchBonus);
    const solving = solveAssignment(sparse, seed);
    let step = solving.next();
    while (step.done !== true) {
      yield { phase: 'solving', done: step.value.routed, total: step.value.rows, round };
      step = solving.next();
    }
    const optimum = step.value;
    seed = optimum;
    const u = optimum.rowDual;
    const v = optimum.columnDual;
    let pricedPairs = 0;
    let violated = 0;
    for (let r = 0; r < rows.length; r++) {
      if (r % 1024 === 0) yield { phase: 'pricing', done: r, total: rows.length, round };
      const base = (rows[r] ?? 0) * columns;
      const ur = u[r] ?? 0;
      let worst: { column: number; by: number }[] | null = null;
      for (let j = 0; j < columns; j++) {
        const score = scores[base + j] ?? 0;
        if (score === 0 || places[j] === 0) continue;
        pricedPairs++;
        const by = score + matchBonus - ur - (v[j] ?? 0);
        if (by <= 0 || forbidden.has(base + j)) continue;
        (worst ??= []).push({ column: j, by });
      }
      if (worst === null) continue;
      violated += worst.length;
      worst.sort((a, b) => b.by - a.by || a.column - b.column);
      for (const { column } of worst.slice(0, ADDED_PER_ROUND)) arcs[r]?.push(column);
    }
    if (violated === 0)
      return { ...optimum, pricedPairs, candidatePairs: sparse.rowStart[rows.length] ?? 0, rounds: round };
  }
}

/** The row's `FIRST_ARCS` best usable columns (ties by column), by a histogram of whole points. */
function bestColumns(
  scores: Uint16Array,
  base: number,
  places: Int32Array,
  forbidden: ReadonlySet<number>,
): number[] {
  const buckets = new Int32Array(101);
  const columns = places.length;
  const usable = (j: number): boolean =>
    (scores[base + j] ?? 0) > 0 && (places[j] ?? 0) > 0 && !forbidden.has(base + j);
  for (let j = 0; j < columns; j++) if (usable(j)) buckets[Math.floor((scores[base + j] ?? 0) / 100)]!++;
  let threshold = 100;
  for (let seen = 0; threshold > 0 && seen + (buckets[threshold] ?? 0) < FIRST_ARCS; threshold--)
    seen += buckets[threshold] ?? 0;
  const picked: { column: number; score: number }[] = [];
  for (let j = 0; j < columns; j++)
    if (usable(j) && (scores[base + j] ?? 0) >= threshold * 100)
      picked.push({ column: j, score: scores[base + j] ?? 0 });
  picked.sort((a, b) => b.score - a.score || a.column - b.column);
  return picked.slice(0, FIRST_ARCS).map((p) => p.column);
}

function toSparse(
  arcs: number[][],
  rows: Int32Array,
  columns: number,
  scores: Uint16Array,
  places: Int32Array,
  matchBonus: number,
) {
  const rowStart = new Int32Array(rows.length + 1);
  arcs.forEach((list, r) => {
    list.sort((a, b) => a - b);
    rowStart[r + 1] = (rowStart[r] ?? 0) + list.length;
  });
  const arcColumn = new Int32Array(rowStart[rows.length] ?? 0);
  const arcWeight = new Float64Array(arcColumn.length);
  arcs.forEach((list, r) => {
    const base = (rows[r] ?? 0) * columns;
    list.forEach((j, k) => {
      arcColumn[(rowStart[r] ?? 0) + k] = j;
      arcWeight[(rowStart[r] ?? 0) + k] = (scores[base + j] ?? 0) + matchBonus;
    });
  });
  return { rows: rows.length, capacity: places, rowStart, arcColumn, arcWeight };
}
