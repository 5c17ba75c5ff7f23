import type { Placement, SparseAssignment } from './placement';

/** The arcs by column: for column j, rows `columnRow[columnStart[j]..columnStart[j+1])` and weights. */
export interface ColumnArcs {
  readonly columnStart: Int32Array;
  readonly columnRow: Int32Array;
  readonly columnWeight: Float64Array;
}

export function transpose(problem: SparseAssignment): ColumnArcs {
  const { rows, rowStart, arcColumn, arcWeight, capacity } = problem;
  const columnStart = new Int32Array(capacity.length + 1);
  for (const j of arcColumn) columnStart[j + 1] = (columnStart[j + 1] ?? 0) + 1;
  for (let j = 0; j < capacity.length; j++)
    columnStart[j + 1] = (columnStart[j + 1] ?? 0) + (columnStart[j] ?? 0);
  const next = columnStart.slice(0, capacity.length);
  const columnRow = new Int32Array(arcColumn.length);
  const columnWeight = new Float64Array(arcColumn.length);
  for (let i = 0; i < rows; i++)
    for (let a = rowStart[i] ?? 0; a < (rowStart[i + 1] ?? 0); a++) {
      const j = arcColumn[a] ?? 0;
      const at = next[j] ?? 0;
      next[j] = at + 1;
      columnRow[at] = i;
      columnWeight[at] = arcWeight[a] ?? 0;
    }
  return { columnStart, columnRow, columnWeight };
}

/**
 * A column with room but a positive dual (left so by a warm start) either pulls one row in or drops
 * its dual to 0, whichever is cheaper: the mirror of `route`, searched backwards from the column. A
 * row may join it from another column (whose holder chain moves on), or an unplaced row may join;
 * ending at a column means that column gives up a holder and its dual falls to 0.
 */
export function refillColumn(state: Placement, arcs: ColumnArcs, k: number): void {
  const { rows, u, v, columnOf, dist, holders, holderStart, held, queue, reachedBy, towards } = state;
  const { columnStart, columnRow, columnWeight } = arcs;
  state.begin(rows + k);
  queue.push(0, rows + k);
  // The cheapest end: rows + c for "column c gives up a place", or an unplaced row that joins.
  let bound = v[k] ?? 0;
  let end = rows + k;
  for (let x = state.settleNext(bound); x >= 0; x = state.settleNext(bound)) {
    const dx = dist[x] ?? 0;
    if (x < rows) {
      const own = columnOf[x] ?? -1;
      if (own >= 0 && state.label(rows + own, dx)) {
        reachedBy[own] = x;
        queue.push(dx, rows + own);
      }
      continue;
    }
    const c = x - rows;
    const vc = v[c] ?? 0;
    if (c !== k && dx + vc < bound) {
      bound = dx + vc;
      end = x;
    }
    // Holders share the column's distance so their pairs stay tight when the duals move.
    for (let h = holderStart[c] ?? 0; h < (holderStart[c] ?? 0) + (held[c] ?? 0); h++)
      if (state.label(holders[h] ?? 0, dx)) {
        towards[holders[h] ?? 0] = -1;
        queue.push(dx, holders[h] ?? 0);
      }
    for (let a = columnStart[c] ?? 0; a < (columnStart[c + 1] ?? 0); a++) {
      const i = columnRow[a] ?? 0;
      if (columnOf[i] === c) continue;
      const candidate = dx + (u[i] ?? 0) + vc - (columnWeight[a] ?? 0);
      if (!state.label(i, candidate)) continue;
      towards[i] = c;
      if ((columnOf[i] ?? -1) >= 0) queue.push(candidate, i);
      else if (candidate < bound) {
        bound = candidate;
        end = i;
      }
    }
  }
  state.shiftAndReset(bound, 1);
  if (end === rows + k) return;
  // Walk from the end towards k: each row joins the column it was reached from, whose holder moves on.
  let row = end;
  if (end >= rows) {
    row = reachedBy[end - rows] ?? 0;
    state.vacate(row);
  }
  for (;;) {
    const target = towards[row] ?? k;
    const next = target === k ? -1 : (reachedBy[target] ?? -1);
    // The holder leaves first, so the column never holds more than its places.
    if (next >= 0) state.vacate(next);
    state.place(row, target);
    if (next < 0) return;
    row = next;
  }
}
