import type { TokenVerifier } from '@jisr/auth';
import { createRateLimiter, type Cache } from '@jisr/cache';
import type { EventBus, Subscription } from '@jisr/event-bus';
import { startHttpServer, type Readiness, type RunningHttpServer } from '@jisr/http-kit';
import type { Logger } from '@jisr/logger';
import type { Storage } from '@jisr/storage';
import { createOutbox, createOutboxRelay, type OutboxRelay } from '@jisr/outbox';
import { openPlatformAdapters } from '@jisr/platform-adapters';
import type { Express } from 'express';
import type { MessagingConfig } from './config';
import { createCacheLiveNotifications } from './data-access/cache-live-notifications';
import { createMessagingStore } from './data-access/messaging-store';
import type { Clock } from './domain/clock.port';
import { unsubscribeKey } from './domain/mail/mail-key';
import type { MessagingContext } from './domain/messaging-context';
import type { MessagingStore } from './domain/messaging-store.port';
import type { LiveNotifications } from './domain/notification/live-notifications.port';
import { subscribeToIntroductions } from './entry-points/message-queue/introduction-events.consumer';
import { subscribeToProfiles } from './entry-points/message-queue/profile-events.consumer';
import { startDeadlineScheduler, type DeadlineScheduler } from './entry-points/scheduler/deadline-scheduler';

/** Adapters a caller may hand in instead of having them opened from config. */
export interface MessagingServiceDeps {
  readonly storage?: Storage;
  readonly bus?: EventBus;
  readonly cache?: Cache;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly tokenVerifier?: TokenVerifier;
  /** More `/readyz` checks from the process that runs the service (the embedded runner's demo data). */
  readonly extraReadiness?: Readiness;
}

/** Everything `start()` opened, and how to put it away again. */
export interface Runtime {
  readonly store: MessagingStore;
  readonly live: LiveNotifications;
  readonly messageLimiter: ReturnType<typeof createRateLimiter>;
  readonly relay: OutboxRelay;
  readonly scheduler: DeadlineScheduler;
  readonly server: RunningHttpServer;
  readiness(): Promise<Record<string, boolean>>;
  stop(): Promise<void>;
}

interface RuntimeInput {
  readonly config: MessagingConfig;
  readonly deps: MessagingServiceDeps;
  readonly logger: Logger;
  readonly ctx: MessagingContext;
  readonly app: Express;
}

const healthy = (check: () => Promise<unknown>): Promise<boolean> =>
  check().then(
    (result) => result !== false,
    () => false,
  );

/** Opens adapters, then consumers, scheduler and HTTP — in that order, so nothing serves before it can work. */
export async function startRuntime({ config, deps, logger, ctx, app }: RuntimeInput): Promise<Runtime> {
  const adapters = await openPlatformAdapters(config, { service: 'messaging', logger, injected: deps });
  const { storage, bus, cache } = adapters;
  const relay = createOutboxRelay({ storage: storage, bus: bus, logger });
  const live = createCacheLiveNotifications(cache);
  const store = await createMessagingStore({
    storage: storage,
    outbox: await createOutbox(storage),
    nudgeRelay: () => relay.nudge(),
    live,
    logger,
  });
  // The use cases reach the store through ctx, which app.ts binds to this runtime once it is returned;
  // consumers and the scheduler get a context bound to the store directly, since they start first.
  const direct: MessagingContext = { ...ctx, store };
  // Made once here, so concurrent first uses never race to create it.
  await store.transaction(unsubscribeKey);
  relay.start();
  const subscriptions: Subscription[] = [
    await subscribeToIntroductions(bus, direct, logger),
    await subscribeToProfiles(bus, direct),
  ];
  const scheduler = startDeadlineScheduler(direct, config.SCHEDULER_INTERVAL_MS, logger);
  const server = await startHttpServer(app, {
    port: config.MESSAGING_PORT,
    host: config.MESSAGING_HOST,
    logger,
  });
  const messageLimiter = createRateLimiter(cache, {
    max: config.MESSAGE_RATE_LIMIT,
    windowSeconds: config.MESSAGE_RATE_WINDOW_SECONDS,
    prefix: 'messaging:send-rate:',
  });

  return {
    store,
    live,
    messageLimiter,
    relay,
    scheduler,
    server,
    readiness: async () => ({
      storage: await healthy(() => storage.ping()),
      bus: await healthy(() => bus.isReady()),
      cache: await healthy(() => cache.ping()),
    }),
    stop: async () => {
      await server.close();
      await scheduler.stop();
      for (const subscription of subscriptions) await subscription.stop();
      await relay.stop();
      await adapters.close();
    },
  };
}
