/**
 * One bitset over advisor slots per key (an ISIC division, or a section): which advisors list it.
 * A query walks the set of its own division first, so most advisors are never looked at.
 */
export class SlotSets {
  /** 32-bit words per set. */
  words = 0;
  bits = new Uint32Array(0);

  constructor(readonly sets: number) {}

  /** Makes room for `slots` slots, keeping every member. */
  grow(slots: number): void {
    const words = Math.ceil(slots / 32);
    if (words <= this.words) return;
    const next = new Uint32Array(this.sets * words);
    for (let set = 0; set < this.sets; set++) {
      next.set(this.bits.subarray(set * this.words, (set + 1) * this.words), set * words);
    }
    this.bits = next;
    this.words = words;
  }

  add(set: number, slot: number): void {
    this.bits[set * this.words + (slot >>> 5)]! |= 1 << (slot & 31);
  }

  delete(set: number, slot: number): void {
    this.bits[set * this.words + (slot >>> 5)]! &= ~(1 << (slot & 31));
  }
}
