/** What a committed write touched, by id. */
export interface Change {
  readonly startups?: readonly string[];
  readonly advisors?: readonly string[];
  readonly programmes?: readonly string[];
  /** Advisors whose load (accepted introductions) may have moved. */
  readonly loads?: readonly string[];
  /** The write appended events to the outbox. */
  readonly outbox?: boolean;
}

/**
 * Told after every commit. Every replica refreshes its in-memory index from storage, cached views
 * are dropped and the outbox relay wakes, so no caller has to remember all three.
 */
export interface ChangeFeed {
  committed(change: Change): Promise<void>;
}
