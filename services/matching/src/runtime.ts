import type { Subscription } from '@jisr/event-bus';
import { createOutbox, createOutboxRelay } from '@jisr/outbox';
import { adapterReadiness, type RuntimeInput } from '@jisr/platform-adapters';
import type { MatchingConfig } from './config';
import { startChangeFeed } from './data-access/change-feed';
import { createMatchingStore } from './data-access/matching-store';
import { startSharedExposure, type SharedExposure } from './data-access/shared-exposure';
import { createViewCache } from './data-access/view-cache';
import type { Clock } from '@jisr/contracts';
import { startRoundRunner, type RoundRuns } from './domain/cohort-rounds/round-runner';
import { createWorkerRoundSolver } from './data-access/worker-round-solver';
import { hoursToMs } from '@jisr/approvals';
import type { MatchingContext } from './domain/matching-context';
import { rebuildIndex } from './domain/recommendations/index-sync';
import { createLiveMatcher } from './domain/recommendations/live-matcher';
import { subscribeIntroductionEvents } from './entry-points/message-queue/introduction-events.consumer';
import { subscribeMeetingEvents } from './entry-points/message-queue/meeting-events.consumer';
import { subscribeProfileEvents } from './entry-points/message-queue/profile-events.consumer';
import { subscribeProgressEvents } from './entry-points/message-queue/progress-events.consumer';

export interface RuntimeAdapters extends RuntimeInput<MatchingConfig> {
  readonly clock: Clock;
}

/** What the HTTP edge calls; exists only while the service runs. */
export interface MatchingRuntime {
  /** What the use cases are given. */
  readonly ctx: MatchingContext;
  /** Cohort rounds solving in this process. */
  readonly roundRuns: RoundRuns;
  readiness(): Promise<Record<string, boolean>>;
  stop(): Promise<void>;
}

/**
 * Starts matching's moving parts in dependency order: store, in-memory index rebuilt from storage,
 * change feed, outbox relay, then the consumers (which may immediately replay whole topics).
 */
export const startMatchingRuntime = async ({
  storage,
  bus,
  cache,
  logger,
  clock,
  config,
}: RuntimeAdapters): Promise<MatchingRuntime> => {
  const outbox = await createOutbox(storage);
  const store = await createMatchingStore(storage, outbox);
  // Bound once the shared ledger is listening; lists shown before that stay this replica's.
  const shared: { exposure?: SharedExposure } = {};
  const matcher = createLiveMatcher({
    onHold: (startupId, advisorIds, atMs) => shared.exposure?.held(startupId, advisorIds, atMs),
    clock,
    exposureFactor: config.MATCHING_EXPOSURE_FACTOR,
    exposureHoldMs: config.MATCHING_EXPOSURE_HOLD_MINUTES * 60_000,
    minScore: config.MATCHING_MIN_SCORE,
  });
  const sync = { store, index: matcher };
  const counts = await rebuildIndex(sync);
  logger.info(counts, 'matching index rebuilt from storage');

  shared.exposure = await startSharedExposure(cache, matcher, logger);
  const relay = createOutboxRelay({ storage, bus, logger });
  const views = createViewCache(cache, config.MATCHING_STATS_TTL_SECONDS, logger);
  const changes = await startChangeFeed({ cache, sync, views, nudgeOutbox: () => relay.nudge(), logger });
  relay.start();

  const settings = {
    minScore: config.MATCHING_MIN_SCORE,
    maxOpenRequests: config.MATCHING_MAX_OPEN_REQUESTS,
    approvalTtlMs: hoursToMs(config.APPROVAL_TTL_HOURS),
  };
  const ctx: MatchingContext = { store, clock, changes, matcher, views, settings };
  const roundRuns = startRoundRunner(ctx, {
    solver: createWorkerRoundSolver(),
    inlineCells: config.MATCHING_ROUND_INLINE_CELLS,
    heartbeatMs: config.MATCHING_ROUND_HEARTBEAT_MS,
    staleAfterMs: config.MATCHING_ROUND_STALE_MS,
    waitMs: config.MATCHING_ROUND_WAIT_MS,
  });
  const interrupted = await roundRuns.recover();
  if (interrupted > 0)
    logger.warn({ interrupted }, 'cohort rounds left running by a stopped service marked failed');
  const group = config.MATCHING_CONSUMER_GROUP;
  const subscriptions: Subscription[] = [
    await subscribeProfileEvents(bus, group, ctx, logger),
    await subscribeIntroductionEvents(bus, group, ctx, logger),
    await subscribeMeetingEvents(bus, group, ctx, logger),
    await subscribeProgressEvents(bus, group, ctx),
  ];

  return {
    ctx,
    roundRuns,
    readiness: () => adapterReadiness({ storage, bus, cache }),
    stop: async () => {
      await roundRuns.stop();
      for (const subscription of subscriptions) await subscription.stop();
      await relay.stop();
      await changes.close();
      await shared.exposure?.close();
    },
  };
};
