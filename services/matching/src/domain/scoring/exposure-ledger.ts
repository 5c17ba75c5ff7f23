export interface ExposurePolicy {
  /** An advisor may sit in at most ceil(free capacity × factor) startups' lists at a time. */
  readonly factor: number;
  /** How long a shown list holds its advisors; a stale view frees them after this. */
  readonly holdMs: number;
}

/**
 * Fair exposure: which startup currently "holds" which advisor in the list it was shown. Popular
 * advisors fill up and the next-best are shown instead, so newer advisors get seen too. Pure state;
 * the caller passes `now` (epoch ms) and decides where the ledger lives.
 */
export class ExposureLedger {
  /** advisorId → (startupId → hold expiry). */
  private readonly holders = new Map<string, Map<string, number>>();
  /** startupId → the advisors of its current list and when that list expires. */
  private readonly lists = new Map<
    string,
    { readonly advisorIds: readonly string[]; readonly expiresAt: number }
  >();

  /** Counts every change of who holds whom (a list shown anew, released or expired). */
  private changes = 0;
  /** No list expires before this (a lower bound: a refreshed list may end later). */
  private nextExpiry = Number.POSITIVE_INFINITY;

  constructor(private readonly policy: ExposurePolicy) {}

  /**
   * A number that stays the same while every admission answer stays the same: it moves when a
   * list is shown that differs from the startup's current one, when one is released, and when
   * time passes a list's end. A startup viewing its unexpired list again does not move it.
   */
  stamp(now: number): number {
    if (now >= this.nextExpiry) {
      this.changes += 1;
      let next = Number.POSITIVE_INFINITY;
      for (const list of this.lists.values()) if (list.expiresAt > now) next = Math.min(next, list.expiresAt);
      this.nextExpiry = next;
    }
    return this.changes;
  }

  /** How many startups may hold an advisor with this much free capacity. */
  limitFor(freeCapacity: number): number {
    return freeCapacity <= 0 ? 0 : Math.ceil(freeCapacity * this.policy.factor);
  }

  /** Startups whose unexpired list shows this advisor. */
  holderCount(advisorId: string, now: number): number {
    const holders = this.holders.get(advisorId);
    if (holders === undefined) return 0;
    for (const [startupId, expiresAt] of holders) if (expiresAt <= now) holders.delete(startupId);
    if (holders.size === 0) this.holders.delete(advisorId);
    return holders.size;
  }

  /** Whether this startup may be shown this advisor: it already holds them, or a place is free. */
  admits(advisorId: string, startupId: string, freeCapacity: number, now: number): boolean {
    const mine = this.holders.get(advisorId)?.get(startupId);
    if (mine !== undefined && mine > now) return true;
    return this.holderCount(advisorId, now) < this.limitFor(freeCapacity);
  }

  /** Records the list a startup was just shown; it replaces the startup's previous list. */
  hold(startupId: string, advisorIds: readonly string[], now: number): void {
    const previous = this.lists.get(startupId);
    const renewed =
      previous !== undefined &&
      previous.expiresAt > now &&
      previous.advisorIds.length === advisorIds.length &&
      previous.advisorIds.every((advisorId, i) => advisorId === advisorIds[i]);
    this.drop(startupId);
    // Renewing the same unexpired list changes nobody's admission: the stamp stays.
    if (!renewed) this.changes += 1;
    const expiresAt = now + this.policy.holdMs;
    this.nextExpiry = Math.min(this.nextExpiry, expiresAt);
    for (const advisorId of advisorIds) {
      let holders = this.holders.get(advisorId);
      if (holders === undefined) this.holders.set(advisorId, (holders = new Map()));
      holders.set(startupId, expiresAt);
    }
    this.lists.set(startupId, { advisorIds: [...advisorIds], expiresAt });
  }

  /** Frees every advisor the startup holds (e.g. it left the page or was deactivated). */
  release(startupId: string): void {
    if (this.drop(startupId)) this.changes += 1;
  }

  /** Takes the startup's list out of the ledger; false when it had none. */
  private drop(startupId: string): boolean {
    const list = this.lists.get(startupId);
    if (list === undefined) return false;
    for (const advisorId of list.advisorIds) {
      const holders = this.holders.get(advisorId);
      holders?.delete(startupId);
      if (holders?.size === 0) this.holders.delete(advisorId);
    }
    this.lists.delete(startupId);
    return true;
  }

  /** The advisors a startup holds now; empty once its list expired. */
  heldBy(startupId: string, now: number): readonly string[] {
    const list = this.lists.get(startupId);
    return list !== undefined && list.expiresAt > now ? list.advisorIds : [];
  }

  /** Drops every expired list; call now and then so abandoned views do not pile up. */
  sweep(now: number): void {
    for (const [startupId, list] of this.lists) if (list.expiresAt <= now) this.release(startupId);
  }
}
