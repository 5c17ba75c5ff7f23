import { randomUUID } from 'node:crypto';
import type { Cache } from '@jisr/cache';
import type { Logger } from '@jisr/logger';
import type { Change, ChangeFeed } from '../domain/change-feed.port';
import type { ViewCache } from '../domain/pipeline/view-cache.port';
import { reloadIntoIndex, type IndexSync } from '../domain/recommendations/index-sync';

const CHANNEL = 'matching:changes';

export interface ChangeFeedOptions {
  readonly cache: Cache;
  readonly sync: IndexSync;
  readonly views: ViewCache;
  /** Wakes the outbox relay after a commit that appended events. */
  readonly nudgeOutbox: () => void;
  readonly logger: Logger;
}

export interface RunningChangeFeed extends ChangeFeed {
  close(): Promise<void>;
}

/**
 * After each commit: this replica reloads what changed into its index at once (so the caller reads
 * its own write), cached views are dropped, and the change is broadcast on the cache's pub/sub so
 * that the other replicas (which did not consume the event themselves) reload it too.
 */
export const startChangeFeed = async ({
  cache,
  sync,
  views,
  nudgeOutbox,
  logger,
}: ChangeFeedOptions): Promise<RunningChangeFeed> => {
  const origin = randomUUID();
  const unsubscribe = await cache.subscribe(CHANNEL, (message) => {
    let parsed: { origin?: unknown; change?: Change };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      logger.warn('unreadable change notice ignored');
      return;
    }
    if (parsed.origin === origin || parsed.change === undefined) return;
    reloadIntoIndex(sync, parsed.change).catch((error: unknown) =>
      logger.error({ err: error }, 'index refresh from a peer failed'),
    );
  });
  return {
    committed: async (change) => {
      if (change.outbox === true) nudgeOutbox();
      // Views first: once the index shows a change, no cached view from before it is served.
      await views.invalidateAll();
      await reloadIntoIndex(sync, change);
      try {
        await cache.publish(CHANNEL, JSON.stringify({ origin, change }));
      } catch (error) {
        // Peers then catch up on their next restart; this replica and storage are already right.
        logger.warn({ err: error }, 'could not tell peer replicas about a change');
      }
    },
    close: () => unsubscribe(),
  };
};
