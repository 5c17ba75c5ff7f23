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
 * Min-cost flow by successive shortest paths. Initial potentials come from Bellman–Ford (the
 * network may start with negative costs); every later path from Dijkstra on reduced costs, which
 * stops as soon as the sink is settled (potentials of unsettled nodes advance by the sink's
 * distance, which keeps every reduced cost non-negative). Path costs never decrease, so with
 * `untilCostNonNegative` the result is the cheapest flow of any size; otherwise the cheapest
 * maximum flow.
 */
export function minCostFlow(
  net: FlowNetwork,
  source: number,
  sink: number,
  options: { readonly untilCostNonNegative: boolean },
): { flow: number; cost: number } {
  const n = net.nodeCount;
  const { head, next, to, residual, cost } = net;
  const potential = bellmanFord(net, source);
  const dist = new Float64Array(n);
  const settled = new Uint8Array(n);
  const via = new Int32Array(n);
  const queue = new NodeQueue(to.length + n);
  let flow = 0;
  let total = 0;
  for (;;) {
    dist.fill(Infinity);
    settled.fill(0);
    queue.clear();
    dist[source] = 0;
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
        if (candidate < (dist[v] ?? Infinity)) {
          dist[v] = candidate;
          via[v] = e;
          queue.push(candidate, v);
        }
      }
    }
    const toSink = dist[sink] ?? Infinity;
    if (toSink === Infinity) break;
    for (let v = 0; v < n; v++) potential[v] = (potential[v] ?? 0) + Math.min(dist[v] ?? Infinity, toSink);
    const pathCost = (potential[sink] ?? 0) - (potential[source] ?? 0);
    if (options.untilCostNonNegative && pathCost >= 0) break;
    let push = Infinity;
    for (let v = sink; v !== source; v = to[(via[v] ?? 0) ^ 1] ?? source)
      push = Math.min(push, residual[via[v] ?? 0] ?? 0);
    for (let v = sink; v !== source; v = to[(via[v] ?? 0) ^ 1] ?? source) {
      const e = via[v] ?? 0;
      residual[e] = (residual[e] ?? 0) - push;
      residual[e ^ 1] = (residual[e ^ 1] ?? 0) + push;
    }
    flow += push;
    total += push * pathCost;
  }
  return { flow, cost: total };
}

/** Shortest distances from `source` over edges with room; unreachable nodes get 0 (never used). */
function bellmanFord(net: FlowNetwork, source: number): Float64Array {
  const dist = new Float64Array(net.nodeCount).fill(Infinity);
  const queued = new Uint8Array(net.nodeCount);
  const queue: number[] = [source];
  dist[source] = 0;
  queued[source] = 1;
  for (let at = 0; at < queue.length; at++) {
    const u = queue[at] ?? 0;
    queued[u] = 0;
    for (let e = net.head[u] ?? -1; e !== -1; e = net.next[e] ?? -1) {
      if ((net.residual[e] ?? 0) <= 0) continue;
      const v = net.to[e] ?? 0;
      const candidate = (dist[u] ?? 0) + (net.cost[e] ?? 0);
      if (candidate < (dist[v] ?? Infinity)) {
        dist[v] = candidate;
        if (queued[v] === 0) {
          queued[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  return dist.map((d) => (d === Infinity ? 0 : d));
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
