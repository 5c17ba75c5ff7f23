import type { FullGraphInput } from './full-graph-input';

/** Scores fall in buckets this wide (a power of two); columns of one bucket are in no particular order. */
const BUCKET_BITS = 6;
const BUCKETS = (65_536 >> BUCKET_BITS) + 1;

/**
 * Each solver row's usable columns (eligible, with places, not forbidden), best score bucket first.
 * A scan that only wants pairs above some value stops at the first column whose bucket lies wholly
 * below it, so the auction, the first arcs and the pricing read a fraction of the full graph.
 */
export interface RowOrder {
  /** Row r's columns are `column[start[r]..start[r+1])`. */
  readonly start: Int32Array;
  readonly column: Uint16Array | Int32Array;
}

/** The highest score that shares `score`'s bucket: no column after it in a row scores more. */
export const bucketTop = (score: number): number => score | ((1 << BUCKET_BITS) - 1);

/** One counting sort per row, by score bucket (descending). */
export function orderRows(input: FullGraphInput): RowOrder {
  const { places, forbidden } = input;
  const { scores } = input;
  const rows = input.rows.length;
  const columns = places.length;
  const anyForbidden = forbidden.size > 0;
  const start = new Int32Array(rows + 1);
  const count = new Int32Array(BUCKETS + 1);
  // Room for every cell rather than a counting pass over the whole graph first; half the size of
  // the scores themselves while column numbers fit 16 bits.
  const column = columns <= 65_536 ? new Uint16Array(rows * columns) : new Int32Array(rows * columns);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    const base = input.rows[r]! * columns;
    count.fill(0);
    for (let j = 0; j < columns; j++) {
      const score = scores[base + j]!;
      if (score === 0 || places[j]! === 0 || (anyForbidden && forbidden.has(base + j))) continue;
      // Bucket 0 holds the best scores, so the prefix sums run best first.
      count[BUCKETS - (score >> BUCKET_BITS)]!++;
    }
    let next = at;
    for (let b = 0; b <= BUCKETS; b++) {
      const size = count[b]!;
      count[b] = next;
      next += size;
    }
    for (let j = 0; j < columns; j++) {
      const score = scores[base + j]!;
      if (score === 0 || places[j]! === 0 || (anyForbidden && forbidden.has(base + j))) continue;
      column[count[BUCKETS - (score >> BUCKET_BITS)]!++] = j;
    }
    at = next;
    start[r + 1] = at;
  }
  return { start, column };
}
