import { randomUUID } from 'node:crypto';
import type { Cache } from '@jisr/cache';
import type { Logger } from '@jisr/logger';
import { z } from 'zod';

const CHANNEL = 'matching:exposure';

const holdNotice = z.object({
  origin: z.string(),
  startupId: z.string(),
  advisorIds: z.array(z.string()).max(100),
  atMs: z.number(),
});

export interface PeerExposure {
  /** Records on this replica a list another replica showed. */
  holdFromPeer(startupId: string, advisorIds: readonly string[], atMs: number): void;
}

export interface SharedExposure {
  /** Tells the other replicas which advisors a startup was just shown. */
  held(startupId: string, advisorIds: readonly string[], atMs: number): void;
  close(): Promise<void>;
}

/**
 * The fair-exposure ledger shared through the cache port: every list a replica shows is broadcast on
 * the cache's pub/sub and recorded in every other replica's ledger, so an advisor's cap counts the
 * lists shown by all replicas, not by one. A replica that starts later begins with an empty ledger;
 * lists expire after the hold time, so it converges within one hold.
 */
export const startSharedExposure = async (
  cache: Cache,
  peers: PeerExposure,
  logger: Logger,
): Promise<SharedExposure> => {
  const origin = randomUUID();
  const unsubscribe = await cache.subscribe(CHANNEL, (message) => {
    let notice: z.infer<typeof holdNotice>;
    try {
      notice = holdNotice.parse(JSON.parse(message));
    } catch {
      logger.warn('unreadable exposure notice ignored');
      return;
    }
    if (notice.origin !== origin) peers.holdFromPeer(notice.startupId, notice.advisorIds, notice.atMs);
  });
  return {
    held: (startupId, advisorIds, atMs) => {
      cache
        .publish(CHANNEL, JSON.stringify({ origin, startupId, advisorIds, atMs }))
        // The cap then holds per replica until the peers hear of this startup's next list.
        .catch((error: unknown) => logger.warn({ err: error }, 'could not share an exposure hold'));
    },
    close: () => unsubscribe(),
  };
};
