import type { ChangeFeed } from './change-feed.port';
import type { Clock } from '@jisr/contracts';
import type { MatchingStore } from './matching-store.port';
import type { ViewCache } from './pipeline/view-cache.port';
import type { Matcher } from './recommendations/matcher.port';

/** The rules a deployment may tune; all come from config. */
export interface MatchingSettings {
  /** Below this score an advisor is not a match, so it cannot be requested. */
  readonly minScore: number;
  /** Requests one startup may have awaiting an answer at once. */
  readonly maxOpenRequests: number;
  /** How long a four-eyes request waits for a second programme manager. */
  readonly approvalTtlMs: number;
}

/** What every use case is given: storage, time, the live index, cached views and the service's rules. */
export interface MatchingContext {
  readonly store: MatchingStore;
  readonly clock: Clock;
  /** Told after every commit, so every replica's index, the cached views and the outbox relay follow it. */
  readonly changes: ChangeFeed;
  /** The in-memory index scoring runs on: a long-lived adapter the use cases share, not a use case. */
  readonly matcher: Matcher;
  readonly views: ViewCache;
  readonly settings: MatchingSettings;
}
