import { authenticate, createTokenVerifier, type TokenVerifier } from '@jisr/auth';
import { createHttpApp, localizeProblems, serveApi, serviceLifecycle, startHttpServer } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { openPlatformAdapters, type InjectedServiceDeps } from '@jisr/platform-adapters';
import type { Express } from 'express';
import type { MailTransport } from '@jisr/mail';
import type { MessagingConfig } from './config';
import type { MailLinks } from './domain/mail/compose-mail';
import { systemClock, type Clock } from '@jisr/contracts';
import type { MessagingContext } from './domain/messaging-context';
import type { LiveNotifications } from './domain/notification/live-notifications.port';
import type { ApiDeps, OpenStreams } from './entry-points/api/api-deps';
import { MESSAGING_ERRORS } from './entry-points/api/error-catalogue';
import { UNSUBSCRIBE_PATHS } from './entry-points/api/mail-preferences.router';
import { MESSAGING_API, messagingRoutes } from './entry-points/api/routes';
import type { SchedulerRun } from './entry-points/scheduler/deadline-scheduler';
import { startMessagingRuntime } from './runtime';
export { messagingConfigSchema, type MessagingConfig } from './config';

/** What a caller may hand in instead of having it opened from config; the rest every service shares. */
export interface MessagingServiceDeps extends InjectedServiceDeps {
  readonly clock?: Clock;
  readonly tokenVerifier?: TokenVerifier;
  /** Where notification email leaves; opened from config (SMTP or the .eml folder) when absent. */
  readonly mailTransport?: MailTransport;
}

export interface MessagingService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  readonly app: Express;
  /** One scheduler pass now: deadlines and meeting reminders (the timer does the same). */
  tick(): Promise<SchedulerRun>;
  /** Publishes whatever the outbox holds now, without waiting for the relay's next pass. */
  flushOutbox(): Promise<number>;
  /** Turns the mail batches due now into emails (the dispatcher's timer does the same); returns how many. */
  dispatchMail(): Promise<number>;
  /** Sends whatever the mail outbox holds now; returns how many were sent. */
  flushMail(): Promise<number>;
}

/**
 * The composition root: adapters from config (or injected), the runtime, the HTTP edge. The HTTP app
 * exists at once (the embedded runner shares one bus, tests inject a clock and keys).
 */
export function createMessagingService(
  config: MessagingConfig,
  deps: MessagingServiceDeps = {},
): MessagingService {
  const logger = deps.logger ?? createLogger({ service: 'messaging', level: config.LOG_LEVEL });
  const clock = deps.clock ?? systemClock;
  const verifier =
    deps.tokenVerifier ??
    createTokenVerifier({
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      jwksUrl: config.JWKS_URL,
    });
  const lifecycle = serviceLifecycle({
    open: () => openPlatformAdapters(config, { service: 'messaging', logger, injected: deps }),
    wire: (adapters) =>
      startMessagingRuntime({
        ...adapters,
        logger,
        config,
        ctx,
        mailTransport: deps.mailTransport,
        mailLinks,
      }),
    serve: () => startHttpServer(app, { port: config.MESSAGING_PORT, host: config.MESSAGING_HOST, logger }),
    beforeStop: () => {
      for (const close of [...streams]) close();
    },
  });
  const need = lifecycle.runtime;
  let servedAt: string | undefined;
  const mailLinks = (): MailLinks | null => {
    const unsubscribeUrl = config.MESSAGING_PUBLIC_URL ?? servedAt;
    return unsubscribeUrl === undefined ? null : { webUrl: config.PUBLIC_WEB_URL, unsubscribeUrl };
  };

  // Routes bind to these now and reach the adapters once start() has opened them.
  const ctx: MessagingContext = {
    store: {
      transaction: (work) => need().store.transaction(work),
      once: (c, e, w) => need().store.once(c, e, w),
    },
    clock,
    defaultDeadlineDays: config.RESPONSE_DEADLINE_DAYS,
    infoAnswerDays: config.INFO_ANSWER_DEADLINE_DAYS,
  };
  const live: LiveNotifications = {
    publish: (n) => need().live.publish(n),
    subscribe: (userId, listener) => need().live.subscribe(userId, listener),
  };
  const streams: OpenStreams = new Set();
  const app = createHttpApp({
    service: 'messaging',
    logger,
    readiness: lifecycle.readiness,
    extraReadiness: deps.extraReadiness,
    formPaths: UNSUBSCRIBE_PATHS,
    routes: (router) => {
      const deps: ApiDeps = {
        ctx,
        live,
        messageLimiter: { consume: (key) => need().messageLimiter.consume(key) },
        streams,
        heartbeatMs: 25_000,
      };
      serveApi(router, messagingRoutes(deps), { authenticate: authenticate(verifier), api: MESSAGING_API });
      router.use(localizeProblems(MESSAGING_ERRORS));
    },
  });

  return {
    app,
    start: async () => {
      const served = await lifecycle.start();
      servedAt = served.url;
      return served;
    },
    stop: lifecycle.stop,
    tick: () => need().scheduler.tick(),
    flushOutbox: () => need().relay.flush(),
    dispatchMail: () => need().mailDispatcher.dispatch(),
    flushMail: () => need().mailRelay.flush(),
  };
}
