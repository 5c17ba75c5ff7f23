import { solveAssignment, type AssignmentOptimum } from './min-cost-flow';
import type { CohortProgress } from './assignment-types';
import type { FullGraphInput } from './full-graph-input';
import { guessPrices } from './price-guess';
import { bucketTop, orderRows, type RowOrder } from './row-order';

/** Arcs per startup in the first solve, and at most how many violated pairs a startup gains per round. */
const FIRST_ARCS = 30;
// The price guess: its ε in hundredths (one point) and how many bids it may make per startup. At
// 20 bids the 10,000 × 2,500 round's first restricted solve already prices out (5 took 4 rounds).
const GUESS_EPSILON = 100;
const GUESS_BIDS_PER_ROW = 20;
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
  const { scores, rows, places, matchBonus } = input;
  const order = orderRows(input);
  // A caller may stop between these steps, each a pass over the graph.
  yield { phase: 'solving', done: 0, total: rows.length, round: 1 };
  // Start where a short auction on the full graph says the optimum roughly is.
  let seed: AssignmentOptimum = guessPrices(input, order, GUESS_EPSILON, GUESS_BIDS_PER_ROW);
  yield { phase: 'solving', done: 0, total: rows.length, round: 1 };
  const floor = lowestPrice(seed.columnDual, places);
  const arcs: number[][] = Array.from(rows, (_i, r) => bestColumns(input, order, r, seed.columnDual, floor));
  const pricing = new Pricing();
  for (let round = 1; ; round++) {
    const sparse = toSparse(arcs, rows, places.length, scores, places, matchBonus);
    const solving = solveAssignment(sparse, seed);
    let step = solving.next();
    while (step.done !== true) {
      yield { phase: 'solving', done: step.value.routed, total: step.value.rows, round };
      step = solving.next();
    }
    const optimum = step.value;
    seed = optimum;
    let violated = 0;
    for (let r = 0; r < rows.length; r++) {
      if (r % 1024 === 0) yield { phase: 'pricing', done: r, total: rows.length, round };
      violated += pricing.addViolated(input, order, optimum, r, arcs[r]!);
    }
    if (violated === 0)
      return {
        ...optimum,
        pricedPairs: order.start[rows.length]!,
        candidatePairs: sparse.rowStart[rows.length] ?? 0,
        rounds: round,
      };
  }
}

/**
 * Prices a row's usable pairs against the duals and gives its arcs the `ADDED_PER_ROUND` most
 * violated ones. Columns come best bucket first, so the scan stops where even the cheapest column
 * (the lowest v) could not be violated: every pair after it is priced by that bound.
 */
class Pricing {
  private readonly column = new Int32Array(ADDED_PER_ROUND);
  private readonly by = new Float64Array(ADDED_PER_ROUND);
  private lowest = 0;
  private lowestOf: Float64Array | null = null;

  addViolated(input: FullGraphInput, order: RowOrder, optimum: AssignmentOptimum, r: number, arcs: number[]) {
    const { places, matchBonus } = input;
    const { scores } = input;
    const v = optimum.columnDual;
    if (this.lowestOf !== v) {
      this.lowestOf = v;
      this.lowest = lowestPrice(v, places);
    }
    const base = input.rows[r]! * places.length;
    const bound = optimum.rowDual[r]! + this.lowest - matchBonus;
    let kept = 0;
    let violated = 0;
    for (let k = order.start[r]!, last = order.start[r + 1]!; k < last; k++) {
      const j = order.column[k]!;
      const score = scores[base + j]!;
      if (bucketTop(score) <= bound) break;
      const by = score + matchBonus - optimum.rowDual[r]! - v[j]!;
      if (by <= 0) continue;
      violated++;
      kept = this.keep(kept, j, by);
    }
    for (let k = 0; k < kept; k++) arcs.push(this.column[k]!);
    return violated;
  }

  /** Keeps the most violated pairs, sorted (most first, then lower column), in the short buffers. */
  private keep(kept: number, j: number, by: number): number {
    const { column, by: value } = this;
    if (kept === ADDED_PER_ROUND) {
      const worst = kept - 1;
      if (by < value[worst]! || (by === value[worst]! && j > column[worst]!)) return kept;
      kept--;
    }
    let k = kept;
    for (; k > 0 && (value[k - 1]! < by || (value[k - 1]! === by && column[k - 1]! > j)); k--) {
      value[k] = value[k - 1]!;
      column[k] = column[k - 1]!;
    }
    value[k] = by;
    column[k] = j;
    return kept + 1;
  }
}

/**
 * The row's `FIRST_ARCS` usable columns of highest weight less the guessed price (ties by column):
 * the pairs most likely in the optimum once advisors in demand cost more.
 */
function bestColumns(
  input: FullGraphInput,
  order: RowOrder,
  r: number,
  price: Float64Array,
  floor: number,
): number[] {
  const { places, matchBonus } = input;
  const { scores } = input;
  const base = input.rows[r]! * places.length;
  const value = new Float64Array(FIRST_ARCS).fill(-Infinity);
  const column = new Int32Array(FIRST_ARCS).fill(-1);
  for (let k = order.start[r]!, last = order.start[r + 1]!; k < last; k++) {
    const j = order.column[k]!;
    const score = scores[base + j]!;
    const worst = value[FIRST_ARCS - 1]!;
    if (bucketTop(score) + matchBonus - floor < worst) break;
    const reduced = score + matchBonus - price[j]!;
    if (reduced < worst || (reduced === worst && j > column[FIRST_ARCS - 1]!)) continue;
    // Insertion into the short sorted list; equal values keep the lower column first.
    let at = FIRST_ARCS - 1;
    for (
      ;
      at > 0 && (value[at - 1]! < reduced || (value[at - 1]! === reduced && column[at - 1]! > j));
      at--
    ) {
      value[at] = value[at - 1]!;
      column[at] = column[at - 1]!;
    }
    value[at] = reduced;
    column[at] = j;
  }
  return Array.from(column).filter((j) => j >= 0);
}

/** The lowest dual of a column with places: no usable pair costs less. */
function lowestPrice(price: Float64Array, places: Int32Array): number {
  let low = Infinity;
  for (let j = 0; j < price.length; j++) if (places[j]! > 0 && price[j]! < low) low = price[j]!;
  return low;
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
