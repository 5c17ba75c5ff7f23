import { Placement, type SparseAssignment } from './placement';

export type { SparseAssignment };
import { refillColumn, transpose, type ColumnArcs } from './refill-column';

/**
 * The optimum with its LP duals: `rowDual` (u ≥ 0) and `columnDual` (v ≥ 0) with u_i + v_j ≥ w_ij on
 * every arc, equality on assigned arcs, u_i = 0 for unassigned rows and v_j = 0 for columns with a
 * free place. Integer weights give integer duals, so the certificate is checked exactly.
 */
export interface AssignmentOptimum {
  readonly columnOf: Int32Array;
  readonly rowDual: Float64Array;
  readonly columnDual: Float64Array;
}

/** How many rows were placed so far; yielded every `every` searches so a caller can report and stop. */
export interface SolveProgress {
  readonly routed: number;
  readonly rows: number;
}

/**
 * Primal-dual successive shortest augmenting paths (the Hungarian method with capacities, on the
 * advisor level). A greedy start puts each row on a tight arc where that advisor has room (from a
 * seed's duals when re-solving with more arcs, so most rows keep their place); each remaining row
 * then finds, by Dijkstra on reduced costs, the cheapest way to get a place: a column with room,
 * or pushing some row (itself included) out to "unassigned".
 * Only settled nodes' duals move, so one search costs what it explores, not the whole graph.
 */
export function* solveAssignment(
  problem: SparseAssignment,
  seed?: Pick<AssignmentOptimum, 'columnOf' | 'columnDual'>,
  every = 256,
): Generator<SolveProgress, AssignmentOptimum> {
  const { rows, capacity, rowStart, arcColumn, arcWeight } = problem;
  const columns = capacity.length;
  const state = new Placement(rows, capacity, arcColumn.length);
  const { u, v, columnOf } = state;
  // Warm start: the seed's column duals (zeros at first), u_i = the row's best reduced weight, and
  // each row on a tight arc with room, its previous column first.
  if (seed !== undefined) v.set(seed.columnDual);
  // Rows first keep their previous column where it is still tight, so rows that gained better arcs
  // cannot take those places and push the others out.
  const open: number[] = [];
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let keep = -1;
    const previous = seed?.columnOf[i] ?? -1;
    for (let a = rowStart[i]!; a < rowStart[i + 1]!; a++) {
      const j = arcColumn[a]!;
      const reduced = arcWeight[a]! - v[j]!;
      if (reduced > best) {
        best = reduced;
        keep = -1;
      }
      if (j === previous && reduced === best) keep = j;
    }
    u[i] = best;
    if (keep >= 0 && state.hasRoom(keep)) state.place(i, keep);
    else if (best > 0) open.push(i);
  }
  const waiting: number[] = [];
  for (const i of open) {
    const best = u[i]!;
    for (let a = rowStart[i]!; a < rowStart[i + 1]! && columnOf[i]! < 0; a++) {
      const j = arcColumn[a]!;
      if (arcWeight[a]! - v[j]! === best && state.hasRoom(j)) state.place(i, j);
    }
    if (columnOf[i]! < 0) waiting.push(i);
  }
  // Routes first: a path may end at any column with room, also one a warm start left with a dual,
  // so when the rows fill every place (a full cohort) no column needs refilling afterwards.
  let searched = rows - waiting.length;
  for (const source of waiting) {
    if (columnOf[source]! < 0 && u[source]! > 0) route(state, problem, source);
    if (++searched % every === 0) yield { routed: searched, rows };
  }
  // A column with room must carry no dual (complementary slackness): refill it or lower its dual.
  let byColumn: ColumnArcs | undefined;
  for (let j = 0; j < columns; j++)
    while (v[j]! > 0 && state.hasRoom(j)) refillColumn(state, (byColumn ??= transpose(problem)), j);
  return { columnOf, rowDual: u, columnDual: v };
}

/**
 * One shortest augmenting path from an unplaced row: to a column with room, or pushing some row
 * (itself included) out to "unassigned", by Dijkstra on reduced costs. Only columns enter the heap:
 * a column's holders share its distance, so they are scanned the moment it settles.
 */
function route(state: Placement, problem: SparseAssignment, source: number): void {
  const { rows, rowStart, arcColumn, arcWeight, capacity } = problem;
  const { u, v, columnOf, dist, settled, holders, holderStart, held, queue, order, touched } = state;
  const from = state.reachedBy;
  state.begin(source);
  // The cheapest end found so far: -1 - row for "that row leaves", column j for "j's free place".
  let bound = u[source]!;
  let end = -1 - source;
  // Settle the source, then each settled column's holders: their own leaving, and every other
  // column through them.
  for (let column = -1, dx = 0; ;) {
    const first = column < 0 ? 0 : holderStart[column]!;
    const count = column < 0 ? 1 : held[column]!;
    for (let k = 0; k < count; k++) {
      const x = column < 0 ? source : holders[first + k]!;
      if (dist[x]! === Infinity) touched[state.reached++] = x;
      dist[x] = dx;
      settled[x] = 1;
      order[state.done++] = x;
      const base = dx + u[x]!;
      if (base < bound) {
        bound = base;
        end = -1 - x;
      }
      const own = columnOf[x]!;
      for (let a = rowStart[x]!, last = rowStart[x + 1]!; a < last; a++) {
        const j = arcColumn[a]!;
        const candidate = base + v[j]! - arcWeight[a]!;
        if (candidate >= bound || j === own) continue;
        const node = rows + j;
        const known = dist[node]!;
        if (candidate >= known || settled[node] === 1) continue;
        if (known === Infinity) touched[state.reached++] = node;
        dist[node] = candidate;
        from[j] = x;
        if (held[j]! < capacity[j]!) {
          bound = candidate;
          end = j;
        } else queue.push(candidate, node);
      }
    }
    const next = state.settleNext(bound);
    if (next < 0) break;
    column = next - rows;
    dx = dist[next]!;
  }
  state.shiftAndReset(bound, -1);
  // Augment: every row on the path moves one column along; the end row (if any) leaves.
  let column = end;
  if (end < 0) {
    const leaving = -1 - end;
    column = columnOf[leaving]!;
    state.vacate(leaving);
  }
  while (column >= 0) {
    const i = from[column]!;
    const previous = columnOf[i]!;
    state.vacate(i);
    state.place(i, column);
    column = i === source ? -1 : previous;
  }
}
