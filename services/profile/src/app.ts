import { authenticate, createTokenVerifier } from '@jisr/auth';
import { createHttpApp, localizeProblems, serveApi, serviceLifecycle, startHttpServer } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { openPlatformAdapters, type InjectedServiceDeps } from '@jisr/platform-adapters';
import type { Express } from 'express';
import type { ProfileConfig } from './config';
import { systemClock, type Clock } from '@jisr/contracts';
import { publicSigningKeys } from './domain/keys/signing-key.use-case';
import type { ApiDeps } from './entry-points/api/api-deps';
import { PASSWORD_FEEDBACK } from './entry-points/api/password-feedback-messages';
import { PROFILE_ERRORS, retryAfterWhenBusy } from './entry-points/api/problem-messages';
import { PROGRESS_FIELD_MESSAGES } from './entry-points/api/progress-messages';
import { PROFILE_API, profileRoutes } from './entry-points/api/routes';
import { startProfileRuntime } from './runtime';
export { profileConfigSchema, type ProfileConfig } from './config';

/** What a caller may hand in instead of having it opened from config; the rest every service shares. */
export interface ProfileServiceDeps extends InjectedServiceDeps {
  readonly clock?: Clock;
}

export interface ProfileService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  readonly app: Express;
  /** One pass of the quarterly check-in reminders now (the timer's work), for tests and operators. */
  runOutcomeReminders(): Promise<number>;
}

/** The composition root: adapters from config (or injected), the runtime, the HTTP edge. */
export function createProfileService(config: ProfileConfig, deps: ProfileServiceDeps = {}): ProfileService {
  const logger = deps.logger ?? createLogger({ service: 'profile', level: config.LOG_LEVEL });
  const clock = deps.clock ?? systemClock;
  const lifecycle = serviceLifecycle({
    open: () =>
      openPlatformAdapters(config, {
        service: 'profile',
        logger,
        injected: deps,
        mongoDatabase: config.MONGO_DATABASE,
      }),
    wire: (adapters) => startProfileRuntime({ ...adapters, logger, clock, config }),
    serve: () => startHttpServer(app, { port: config.PROFILE_PORT, host: config.PROFILE_HOST, logger }),
  });
  const running = lifecycle.runtime;
  const api: ApiDeps = { context: () => running().ctx, limits: () => running().limits };
  // Profile verifies its own tokens from storage, with the same verifier other services build from the JWKS URL.
  const verifier = createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: () => publicSigningKeys(running().ctx),
    now: () => clock.now(),
  });
  const app = createHttpApp({
    service: 'profile',
    logger,
    readiness: lifecycle.readiness,
    extraReadiness: deps.extraReadiness,
    routes: (router) => {
      serveApi(router, profileRoutes(api), { authenticate: authenticate(verifier), api: PROFILE_API });
      router.use(
        retryAfterWhenBusy,
        localizeProblems(PROFILE_ERRORS, { ...PASSWORD_FEEDBACK, ...PROGRESS_FIELD_MESSAGES }),
      );
    },
  });
  if (config.TRUST_PROXY) app.set('trust proxy', true);

  return {
    app,
    start: lifecycle.start,
    stop: lifecycle.stop,
    runOutcomeReminders: () => running().outcomeReminders.tick(),
  };
}
