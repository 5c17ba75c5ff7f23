/**
 * Which lists to tell the other replicas of: a startup polling its page would otherwise broadcast on
 * every view, so the same list again is told only once a tenth of the hold has passed, and a peer's
 * hold then ends at most that much before this replica's.
 */
export class PeerNotices {
  readonly #told = new Map<string, { readonly ids: string; readonly atMs: number }>();

  constructor(
    private readonly holdMs: number,
    private readonly tell:
      ((startupId: string, advisorIds: readonly string[], atMs: number) => void) | undefined,
  ) {}

  shown(startupId: string, advisorIds: readonly string[], now: number): void {
    if (this.tell === undefined) return;
    const ids = advisorIds.join(',');
    const last = this.#told.get(startupId);
    if (last !== undefined && last.ids === ids && now - last.atMs < this.holdMs / 10) return;
    this.#told.set(startupId, { ids, atMs: now });
    this.tell(startupId, advisorIds, now);
  }

  forget(startupId: string): void {
    this.#told.delete(startupId);
  }
}
