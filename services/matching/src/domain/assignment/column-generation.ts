import { solveAssignment, type AssignmentOptimum } from './min-cost-flow';
import type { CohortProgress } from './assignment-types';
import type { FullGraphInput } from './full-graph-input';
import { guessPrices } from './price-guess';

/** Arcs per startup in the first solve, and at most how many violated pairs a startup gains per round. */
const FIRST_ARCS = 30;
// The price guess: its ε in hundredths (one point) and how many bids it may make per startup.
const GUESS_EPSILON = 100;
const GUESS_BIDS_PER_ROW = 5;
const ADDED_PER_ROUND = 20;

export interface FullGraphOptimum extends AssignmentOptimum {
  readonly pricedPairs: number;
  readonly candidatePairs: number;
  readonly rounds: number;
}

/**
 * Column generation: solve on each startup's best few pairs by weight less a guessed price (see
 * `guessPrices`), starting from the guess's placements; then price every eligible pair of the
 * full graph against the duals; a pair with u_i + v_j < weight could improve the optimum, so the
 * most violated ones join and the restricted problem is solved again, until no pair violates.
 * Then the duals are feasible for the full graph and the optimum is the full graph's.
 */
export function* solveOnFullGraph(input: FullGraphInput): Generator<CohortProgress, FullGraphOptimum> {
  const { graph, rows, places, matchBonus, forbidden } = input;
  const columns = graph.advisorIds.length;
  const { scores } = graph;
  // Start where a short auction on the full graph says the optimum roughly is.
  let seed: AssignmentOptimum = guessPrices(input, GUESS_EPSILON, GUESS_BIDS_PER_ROW);
  const arcs: number[][] = Array.from(rows, (_i, r) => bestColumns(input, r, seed.columnDual));
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

/**
 * The row's `FIRST_ARCS` usable columns of highest weight less the guessed price (ties by column):
 * the pairs most likely in the optimum once advisors in demand cost more.
 */
function bestColumns(input: FullGraphInput, r: number, price: Float64Array): number[] {
  const { places, forbidden, matchBonus } = input;
  const { scores } = input.graph;
  const columns = places.length;
  const base = input.rows[r]! * columns;
  const value = new Float64Array(FIRST_ARCS).fill(-Infinity);
  const column = new Int32Array(FIRST_ARCS).fill(-1);
  for (let j = 0; j < columns; j++) {
    const score = scores[base + j]!;
    if (score === 0 || places[j]! === 0) continue;
    const reduced = score + matchBonus - price[j]!;
    if (reduced <= value[FIRST_ARCS - 1]! || (forbidden.size > 0 && forbidden.has(base + j))) continue;
    // Insertion into the short sorted list; equal values keep the lower column first.
    let k = FIRST_ARCS - 1;
    for (; k > 0 && value[k - 1]! < reduced; k--) {
      value[k] = value[k - 1]!;
      column[k] = column[k - 1]!;
    }
    value[k] = reduced;
    column[k] = j;
  }
  return Array.from(column).filter((j) => j >= 0);
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
