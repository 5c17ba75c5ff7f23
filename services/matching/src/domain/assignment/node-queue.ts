/** Binary min-heap of (distance, node) with lazy deletion; ties go to the smaller node id. */
export class NodeQueue {
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

  peekKey(): number {
    return this.keys[0] ?? Infinity;
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
