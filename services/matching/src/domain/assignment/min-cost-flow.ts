import { Placement, type SparseAssignment } from './placement';

export type { SparseAssignment };
import { refillColumn, transpose } from './refill-column';

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
 * seed's duals when re-solving with more arcs, so most rows keep their place); each remaining row then finds, by Dijkstra on reduced costs, the cheapest way
 * to get a place: a column with room, or pushing some row (itself included) out to "unassigned".
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
  const waiting: number[] = [];
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let a = rowStart[i] ?? 0; a < (rowStart[i + 1] ?? 0); a++)
      best = Math.max(best, (arcWeight[a] ?? 0) - (v[arcColumn[a] ?? 0] ?? 0));
    u[i] = best;
    if (best === 0) continue;
    const previous = seed?.columnOf[i] ?? -1;
    for (let pass = previous >= 0 ? 0 : 1; pass < 2 && (columnOf[i] ?? -1) < 0; pass++)
      for (let a = rowStart[i] ?? 0; a < (rowStart[i + 1] ?? 0) && (columnOf[i] ?? -1) < 0; a++) {
        const j = arcColumn[a] ?? 0;
        if (pass === 0 && j !== previous) continue;
        if ((arcWeight[a] ?? 0) - (v[j] ?? 0) === best && state.hasRoom(j)) state.place(i, j);
      }
    if ((columnOf[i] ?? -1) < 0) waiting.push(i);
  }
  // A column with room must carry no dual (complementary slackness): refill it or lower its dual.
  const byColumn = transpose(problem);
  for (let j = 0; j < columns; j++)
    while ((v[j] ?? 0) > 0 && state.hasRoom(j)) refillColumn(state, byColumn, j);

  let searched = rows - waiting.length;
  for (const source of waiting) {
    if ((columnOf[source] ?? -1) < 0 && (u[source] ?? 0) > 0) route(state, problem, source);
    if (++searched % every === 0) yield { routed: searched, rows };
  }
  return { columnOf, rowDual: u, columnDual: v };
}

/**
 * One shortest augmenting path from an unplaced row: to a column with room, or pushing some row
 * (itself included) out to "unassigned", by Dijkstra on reduced costs.
 */
function route(state: Placement, problem: SparseAssignment, source: number): void {
  const { rows, rowStart, arcColumn, arcWeight } = problem;
  const { u, v, columnOf, dist, holders, holderStart, held, queue } = state;
  const from = state.reachedBy;
  state.begin(source);
  queue.push(0, source);
  // The cheapest end found so far: -1 - row for "that row leaves", column j for "j's free place".
  let bound = u[source] ?? 0;
  let end = -1 - source;
  for (let x = state.settleNext(bound); x >= 0; x = state.settleNext(bound)) {
    const dx = dist[x] ?? 0;
    if (x < rows) {
      const ux = u[x] ?? 0;
      if (dx + ux < bound) {
        bound = dx + ux;
        end = -1 - x;
      }
      const own = columnOf[x];
      for (let a = rowStart[x] ?? 0; a < (rowStart[x + 1] ?? 0); a++) {
        const j = arcColumn[a] ?? 0;
        if (j === own) continue;
        const candidate = dx + ux + (v[j] ?? 0) - (arcWeight[a] ?? 0);
        if (!state.label(rows + j, candidate)) continue;
        from[j] = x;
        if (!state.hasRoom(j)) queue.push(candidate, rows + j);
        else if (candidate < bound) {
          bound = candidate;
          end = j;
        }
      }
    } else {
      const j = x - rows;
      for (let h = holderStart[j] ?? 0; h < (holderStart[j] ?? 0) + (held[j] ?? 0); h++)
        if (state.label(holders[h] ?? 0, dx)) queue.push(dx, holders[h] ?? 0);
    }
  }
  state.shiftAndReset(bound, -1);
  // Augment: every row on the path moves one column along; the end row (if any) leaves.
  let column = end;
  if (end < 0) {
    const leaving = -1 - end;
    column = columnOf[leaving] ?? -1;
    state.vacate(leaving);
  }
  while (column >= 0) {
    const i = from[column] ?? 0;
    const previous = columnOf[i] ?? -1;
    state.vacate(i);
    state.place(i, column);
    column = i === source ? -1 : previous;
  }
}
