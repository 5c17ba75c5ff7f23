import { NodeQueue } from './node-queue';

/**
 * A capacitated assignment on a sparse arc list: rows (startups) take at most one column
 * (advisor), column `j` at most `capacity[j]` rows; arc weights are integers (hundredths, plus the
 * match bonus of `max-matched-then-total`). Arcs of a row are sorted by column.
 */
export interface SparseAssignment {
  readonly rows: number;
  readonly capacity: Int32Array;
  readonly rowStart: Int32Array;
  readonly arcColumn: Int32Array;
  readonly arcWeight: Float64Array;
}

/**
 * The working state of a capacitated assignment: who sits where, each column's holders, and the LP
 * duals u (rows) and v (columns). Nodes of a search are rows 0..rows-1, then columns.
 */
export class Placement {
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly columnOf: Int32Array;
  readonly holderStart: Int32Array;
  readonly holders: Int32Array;
  readonly held: Int32Array;
  // Scratch space of one search, reset after each so a search costs what it explores.
  readonly dist: Float64Array;
  readonly settled: Uint8Array;
  readonly touched: Int32Array;
  readonly order: Int32Array;
  readonly queue: NodeQueue;
  reached = 0;
  done = 0;
  /** Per column, the row a path reached it from. */
  readonly reachedBy: Int32Array;
  /** Per row, the column a reverse path would move it into. */
  readonly towards: Int32Array;

  constructor(
    readonly rows: number,
    readonly capacity: Int32Array,
    arcs: number,
  ) {
    const columns = capacity.length;
    this.u = new Float64Array(rows);
    this.v = new Float64Array(columns);
    this.columnOf = new Int32Array(rows).fill(-1);
    this.holderStart = new Int32Array(columns + 1);
    for (let j = 0; j < columns; j++)
      this.holderStart[j + 1] = (this.holderStart[j] ?? 0) + (capacity[j] ?? 0);
    this.holders = new Int32Array(this.holderStart[columns] ?? 0);
    this.held = new Int32Array(columns);
    this.reachedBy = new Int32Array(columns);
    this.towards = new Int32Array(rows);
    const nodes = rows + columns;
    this.dist = new Float64Array(nodes).fill(Infinity);
    this.settled = new Uint8Array(nodes);
    this.touched = new Int32Array(nodes);
    this.order = new Int32Array(nodes);
    this.queue = new NodeQueue(arcs + 2 * nodes + 1);
  }

  hasRoom(j: number): boolean {
    return (this.held[j] ?? 0) < (this.capacity[j] ?? 0);
  }

  place(i: number, j: number): void {
    this.holders[(this.holderStart[j] ?? 0) + (this.held[j] ?? 0)] = i;
    this.held[j] = (this.held[j] ?? 0) + 1;
    this.columnOf[i] = j;
  }

  vacate(i: number): void {
    const j = this.columnOf[i] ?? -1;
    if (j < 0) return;
    const from = this.holderStart[j] ?? 0;
    const last = from + (this.held[j] ?? 0) - 1;
    for (let h = from; h <= last; h++)
      if (this.holders[h] === i) {
        this.holders[h] = this.holders[last] ?? 0;
        break;
      }
    this.held[j] = (this.held[j] ?? 0) - 1;
    this.columnOf[i] = -1;
  }

  /** Starts a search at `node`. */
  begin(node: number): void {
    this.queue.clear();
    this.reached = 0;
    this.done = 0;
    this.label(node, 0);
  }

  /** Lowers a node's tentative distance; false when it is settled or already as close. */
  label(node: number, distance: number): boolean {
    const known = this.dist[node] ?? Infinity;
    if (distance >= known || this.settled[node] === 1) return false;
    if (known === Infinity) this.touched[this.reached++] = node;
    this.dist[node] = distance;
    return true;
  }

  /** The next node to settle below `bound`, or -1 when none is left. */
  settleNext(bound: number): number {
    while (this.queue.size > 0 && this.queue.peekKey() < bound) {
      const x = this.queue.popNode();
      if (this.settled[x] === 1) continue;
      this.settled[x] = 1;
      this.order[this.done++] = x;
      return x;
    }
    return -1;
  }

  /**
   * Moves the duals of settled nodes by (bound − distance): rows by `rowSign`, columns the other way.
   * This keeps every reduced cost u_i + v_j − w_ij ≥ 0 and assigned pairs tight.
   */
  shiftAndReset(bound: number, rowSign: 1 | -1): void {
    for (let k = 0; k < this.done; k++) {
      const x = this.order[k] ?? 0;
      const shift = bound - (this.dist[x] ?? 0);
      if (x < this.rows) this.u[x] = (this.u[x] ?? 0) + rowSign * shift;
      else this.v[x - this.rows] = (this.v[x - this.rows] ?? 0) - rowSign * shift;
    }
    for (let k = 0; k < this.reached; k++) {
      const x = this.touched[k] ?? 0;
      this.dist[x] = Infinity;
      this.settled[x] = 0;
    }
  }
}
