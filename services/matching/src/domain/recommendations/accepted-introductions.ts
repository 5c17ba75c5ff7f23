const NONE: ReadonlySet<string> = new Set();

/**
 * Accepted introductions both ways, so a startup's current advisors are read without storage: each
 * advisor's startups are replaced as a whole when its load is reloaded after a commit.
 */
export class AcceptedIntroductions {
  readonly #startupsOf = new Map<string, readonly string[]>();
  readonly #advisorsOf = new Map<string, Set<string>>();

  set(advisorId: string, startupIds: readonly string[]): void {
    for (const startupId of this.#startupsOf.get(advisorId) ?? []) {
      const advisors = this.#advisorsOf.get(startupId);
      advisors?.delete(advisorId);
      if (advisors?.size === 0) this.#advisorsOf.delete(startupId);
    }
    for (const startupId of startupIds) {
      let advisors = this.#advisorsOf.get(startupId);
      if (advisors === undefined) this.#advisorsOf.set(startupId, (advisors = new Set()));
      advisors.add(advisorId);
    }
    if (startupIds.length === 0) this.#startupsOf.delete(advisorId);
    else this.#startupsOf.set(advisorId, [...startupIds]);
  }

  advisorsOf(startupId: string): ReadonlySet<string> {
    return this.#advisorsOf.get(startupId) ?? NONE;
  }
}
