import type { FullGraphInput } from './full-graph-input';
import type { AssignmentOptimum } from './min-cost-flow';
import { bucketTop, type RowOrder } from './row-order';

/**
 * A guess of the advisors' duals by a short auction (Bertsekas) on the full graph: each startup bids
 * for its best advisor at the advisor's cheapest place, raising that place's price by its margin over
 * the second-best choice plus ε. It only guides which pairs the exact solver starts with and where
 * it starts, so a bid budget bounds it; the optimum and its proof come from the exact solver.
 */
export function guessPrices(
  input: FullGraphInput,
  order: RowOrder,
  epsilon: number,
  bidsPerRow: number,
): AssignmentOptimum {
  const { places, matchBonus } = input;
  const { scores } = input;
  const rows = input.rows.length;
  const columns = places.length;
  const slotStart = new Int32Array(columns + 1);
  for (let j = 0; j < columns; j++) slotStart[j + 1] = slotStart[j]! + places[j]!;
  const slotPrice = new Float64Array(slotStart[columns]!);
  const slotHolder = new Int32Array(slotStart[columns]!).fill(-1);
  const cheapest = Int32Array.from(slotStart.subarray(0, columns));
  const price = new Float64Array(columns);
  const columnOf = new Int32Array(rows).fill(-1);
  const queue = new Int32Array(rows);
  for (let r = 0; r < rows; r++) queue[r] = r;
  let head = 0;
  let waiting = rows;
  // Prices only rise during the auction, so an old minimum still bounds every column's price below.
  let floor = 0;
  for (let budget = bidsPerRow * rows; waiting > 0 && budget > 0; budget--) {
    if (budget % columns === 0) floor = price.reduce((low, p) => Math.min(low, p), Infinity);
    const r = queue[head]!;
    head = (head + 1) % rows;
    waiting--;
    let first = 0;
    let second = 0;
    let target = -1;
    const base = input.rows[r]! * columns;
    for (let k = order.start[r]!, last = order.start[r + 1]!; k < last; k++) {
      const j = order.column[k]!;
      const score = scores[base + j]!;
      // Every later column is worth at most its bucket's top less the lowest price: none beats second.
      if (bucketTop(score) + matchBonus - floor <= second) break;
      const value = score + matchBonus - price[j]!;
      if (value <= second) continue;
      if (value > first || (value === first && j < target)) {
        second = first;
        first = value;
        target = j;
      } else second = value;
    }
    // Nothing worth more than staying unassigned: the row drops out.
    if (target < 0) continue;
    const slot = cheapest[target]!;
    const evicted = slotHolder[slot]!;
    if (evicted >= 0) {
      columnOf[evicted] = -1;
      queue[(head + waiting) % rows] = evicted;
      waiting++;
    }
    slotHolder[slot] = r;
    columnOf[r] = target;
    slotPrice[slot] = price[target]! + first - second + epsilon;
    let low = slotStart[target]!;
    for (let s = low + 1; s < slotStart[target + 1]!; s++) if (slotPrice[s]! < slotPrice[low]!) low = s;
    cheapest[target] = low;
    price[target] = slotPrice[low]!;
  }
  // A column with an empty place carries no dual in the optimum, so guess 0 for it.
  for (let j = 0; j < columns; j++) if (slotHolder[cheapest[j]!]! < 0) price[j] = 0;
  return { columnOf, rowDual: new Float64Array(rows), columnDual: price };
}
