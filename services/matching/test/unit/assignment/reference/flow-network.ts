/**
 * A residual flow network with integer capacities and integer costs. Costs stay exact in float64
 * as long as every path cost is below 2^53, which the callers' hundredths-of-a-point costs are.
 * Edge `e` and its reverse `e ^ 1` are stored side by side.
 */
export class FlowNetwork {
  readonly head: Int32Array;
  readonly next: number[] = [];
  readonly to: number[] = [];
  readonly residual: number[] = [];
  readonly cost: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds `from → to` and its empty reverse; returns the forward edge's id. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const edge = this.to.length;
    this.link(from, to, capacity, cost);
    this.link(to, from, 0, -cost);
    return edge;
  }

  /** Units flowing on a forward edge. */
  flowOn(edge: number): number {
    return this.residual[edge ^ 1] ?? 0;
  }

  private link(from: number, to: number, capacity: number, cost: number): void {
    this.next.push(this.head[from] ?? -1);
    this.head[from] = this.to.length;
    this.to.push(to);
    this.residual.push(capacity);
    this.cost.push(cost);
  }
}

/**
 * Successive shortest paths, one unit from each source in turn. Costs must be non-negative: the
 * potentials start at 0 and keep every residual reduced cost non-negative, so each path is found by
 * Dijkstra, which stops once the sink is settled (nodes not settled advance by the sink's distance).
 * Since every path is shortest given the flow so far, no negative cycle ever appears, and the result
 * is the cheapest flow that routes one unit from every source. Sources are searched one at a time
 * (as in the Hungarian method) so most searches stay local. Returns how many sources reached the sink.
 */
export function routeUnits(net: FlowNetwork, sources: readonly number[], sink: number): number {
  const n = net.nodeCount;
  // Typed copies for the hot loop; residual capacities are written back at the end for `flowOn`.
  const head = net.head;
  const next = Int32Array.from(net.next);
  const to = Int32Array.from(net.to);
  const residual = Float64Array.from(net.residual);
  const cost = Float64Array.from(net.cost);
  const potential = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const via = new Int32Array(n);
  const touched = new Int32Array(n);
  const queue = new NodeQueue(to.length + n);
  let routed = 0;
  for (const source of sources) {
    let reached = 0;
    queue.clear();
    dist[source] = 0;
    touched[reached++] = source;
    queue.push(0, source);
    while (queue.size > 0) {
      const u = queue.popNode();
      if (settled[u] === 1) continue;
      settled[u] = 1;
      if (u === sink) break;
      const du = dist[u] ?? 0;
      const pu = potential[u] ?? 0;
      for (let e = head[u] ?? -1; e !== -1; e = next[e] ?? -1) {
        if ((residual[e] ?? 0) <= 0) continue;
        const v = to[e] ?? 0;
        const candidate = du + (cost[e] ?? 0) + pu - (potential[v] ?? 0);
        const known = dist[v] ?? Infinity;
        if (candidate < known) {
          if (known === Infinity) touched[reached++] = v;
          dist[v] = candidate;
          via[v] = e;
          queue.push(candidate, v);
        }
      }
    }
    const toSink = dist[sink] ?? Infinity;
    if (toSink !== Infinity) {
      for (let v = sink; v !== source; v = to[(via[v] ?? 0) ^ 1] ?? source) {
        const e = via[v] ?? 0;
        residual[e] = (residual[e] ?? 0) - 1;
        residual[e ^ 1] = (residual[e ^ 1] ?? 0) + 1;
      }
      routed++;
      // Settled nodes move by their distance, every other node by the sink's.
      for (let v = 0; v < n; v++)
        potential[v] = (potential[v] ?? 0) + (settled[v] === 1 ? (dist[v] ?? 0) : toSink);
    }
    for (let i = 0; i < reached; i++) {
      const v = touched[i] ?? 0;
      dist[v] = Infinity;
      settled[v] = 0;
    }
  }
  residual.forEach((room, e) => (net.residual[e] = room));
  return routed;
}

/** Binary min-heap of (distance, node) with lazy deletion; ties go to the smaller node id. */
class NodeQueue {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(room: number) {
    this.keys = new Float64Array(room);
    this.nodes = new Int32Array(room);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(key, node, this.keys[parent] ?? 0, this.nodes[parent] ?? 0)) break;
      this.keys[i] = this.keys[parent] ?? 0;
      this.nodes[i] = this.nodes[parent] ?? 0;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  popNode(): number {
    const top = this.nodes[0] ?? 0;
    const key = this.keys[--this.size] ?? 0;
    const node = this.nodes[this.size] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (
        right < this.size &&
        less(this.keys[right] ?? 0, this.nodes[right] ?? 0, this.keys[child] ?? 0, this.nodes[child] ?? 0)
      ) {
        child = right;
      }
      if (!less(this.keys[child] ?? 0, this.nodes[child] ?? 0, key, node)) break;
      this.keys[i] = this.keys[child] ?? 0;
      this.nodes[i] = this.nodes[child] ?? 0;
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }
}

const less = (keyA: number, nodeA: number, keyB: number, nodeB: number): boolean =>
  keyA < keyB || (keyA === keyB && nodeA < nodeB);
