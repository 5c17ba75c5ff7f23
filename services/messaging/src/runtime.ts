import { createRateLimiter } from '@jisr/cache';
import type { Subscription } from '@jisr/event-bus';
import {
  createMailOutbox,
  createMailRelay,
  openMailTransport,
  type MailRelay,
  type MailTransport,
} from '@jisr/mail';
import { createOutbox, createOutboxRelay, type OutboxRelay } from '@jisr/outbox';
import { adapterReadiness, type RuntimeInput } from '@jisr/platform-adapters';
import type { MessagingConfig } from './config';
import { createCacheLiveNotifications } from './data-access/cache-live-notifications';
import { createMessagingStore } from './data-access/messaging-store';
import type { MailLinks } from './domain/mail/compose-mail';
import { unsubscribeKey } from './domain/mail/mail-key';
import type { MessagingContext } from './domain/messaging-context';
import type { MessagingStore } from './domain/messaging-store.port';
import type { LiveNotifications } from './domain/notification/live-notifications.port';
import { subscribeToIntroductions } from './entry-points/message-queue/introduction-events.consumer';
import { subscribeToProfiles } from './entry-points/message-queue/profile-events.consumer';
import { startDeadlineScheduler, type DeadlineScheduler } from './entry-points/scheduler/deadline-scheduler';
import { startMailDispatcher, type MailDispatcher } from './entry-points/scheduler/mail-dispatcher';

/** Everything `start()` opened, and how to put it away again. */
export interface MessagingRuntime {
  readonly store: MessagingStore;
  readonly live: LiveNotifications;
  readonly messageLimiter: ReturnType<typeof createRateLimiter>;
  readonly relay: OutboxRelay;
  readonly scheduler: DeadlineScheduler;
  readonly mailDispatcher: MailDispatcher;
  readonly mailRelay: MailRelay;
  readiness(): Promise<Record<string, boolean>>;
  stop(): Promise<void>;
}

export interface RuntimeAdapters extends RuntimeInput<MessagingConfig> {
  /** The context the HTTP edge already holds; its clock and deadlines are kept, its store is this runtime's. */
  readonly ctx: MessagingContext;
  /** Where notification email leaves; opened from config (SMTP or the .eml folder) when absent. */
  readonly mailTransport: MailTransport | undefined;
  /** Where links in email point; null until the HTTP server knows its own address. */
  readonly mailLinks: () => MailLinks | null;
}

/** Starts messaging's moving parts in dependency order: store, outbox relay, consumers, then the scheduler. */
export async function startMessagingRuntime({
  storage,
  bus,
  cache,
  logger,
  config,
  ctx,
  mailTransport,
  mailLinks,
}: RuntimeAdapters): Promise<MessagingRuntime> {
  const relay = createOutboxRelay({ storage, bus, logger });
  const live = createCacheLiveNotifications(cache);
  const transport = mailTransport ?? openMailTransport(config);
  const mailRelay = createMailRelay({ storage, transport, logger, clock: ctx.clock });
  // The dispatcher needs the store and the store wakes the dispatcher: tied once both exist.
  const wake: { mail?: () => void } = {};
  const store = await createMessagingStore({
    storage: storage,
    outbox: await createOutbox(storage),
    nudgeRelay: () => relay.nudge(),
    live,
    logger,
    mailOutbox: await createMailOutbox(storage, { clock: ctx.clock }),
    nudgeMail: () => wake.mail?.(),
    nudgeMailRelay: () => mailRelay.nudge(),
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
  const dispatcher = startMailDispatcher(direct, mailLinks, {
    intervalMs: config.MAIL_DISPATCH_INTERVAL_MS,
    logger,
    onQueued: () => mailRelay.nudge(),
  });
  wake.mail = () => dispatcher.nudge();
  mailRelay.start();
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
    mailDispatcher: dispatcher,
    mailRelay,
    readiness: () => adapterReadiness({ storage, bus, cache }),
    stop: async () => {
      await scheduler.stop();
      await dispatcher.stop();
      await mailRelay.stop();
      if (mailTransport === undefined) await transport.close();
      for (const subscription of subscriptions) await subscription.stop();
      await relay.stop();
    },
  };
}
