/**
 * The best k (score, slot) pairs seen so far, in a binary heap whose root is the worst kept entry.
 * Higher score wins; equal scores go to the smaller id, so the result never depends on slot order.
 */
export class TopKHeap {
  private readonly scores: Int32Array;
  private readonly slots: Int32Array;
  private size = 0;
  /** The score an entry must at least reach to be kept: the worst kept score once full, else -1. */
  threshold = -1;

  constructor(
    private readonly k: number,
    private readonly ids: readonly string[],
  ) {
    this.scores = new Int32Array(k);
    this.slots = new Int32Array(k);
  }

  /** Whether an entry would be kept; cheap, so callers ask before any costlier check. */
  accepts(score: number, slot: number): boolean {
    if (this.size < this.k) return true;
    return this.better(score, slot, this.scores[0] ?? 0, this.slots[0] ?? 0);
  }

  /** Keeps the entry, dropping the worst one when full. Call only after `accepts` said yes. */
  push(score: number, slot: number): void {
    if (this.size < this.k) {
      this.siftUp(this.size++, score, slot);
    } else {
      this.siftDown(0, score, slot);
    }
    if (this.size === this.k) this.threshold = this.scores[0] ?? -1;
  }

  /** Kept entries, best first. */
  sorted(): { slot: number; score: number }[] {
    const entries = Array.from({ length: this.size }, (_, i) => ({
      slot: this.slots[i] ?? 0,
      score: this.scores[i] ?? 0,
    }));
    return entries.sort((a, b) => (this.better(a.score, a.slot, b.score, b.slot) ? -1 : 1));
  }

  private better(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    if (scoreA !== scoreB) return scoreA > scoreB;
    return (this.ids[slotA] ?? '') < (this.ids[slotB] ?? '');
  }

  private siftUp(at: number, score: number, slot: number): void {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentScore = this.scores[parent] ?? 0;
      const parentSlot = this.slots[parent] ?? 0;
      if (!this.better(parentScore, parentSlot, score, slot)) break;
      this.scores[i] = parentScore;
      this.slots[i] = parentSlot;
      i = parent;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  private siftDown(at: number, score: number, slot: number): void {
    let i = at;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.worse(right, child)) child = right;
      if (!this.better(score, slot, this.scores[child] ?? 0, this.slots[child] ?? 0)) break;
      this.scores[i] = this.scores[child] ?? 0;
      this.slots[i] = this.slots[child] ?? 0;
      i = child;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  private worse(a: number, b: number): boolean {
    return this.better(this.scores[b] ?? 0, this.slots[b] ?? 0, this.scores[a] ?? 0, this.slots[a] ?? 0);
  }
}
