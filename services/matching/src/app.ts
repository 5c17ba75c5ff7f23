import { authenticate, createTokenVerifier, type TokenVerifier } from '@jisr/auth';
import { createHttpApp, localizeProblems, serveApi, serviceLifecycle, startHttpServer } from '@jisr/http-kit';
import { createLogger } from '@jisr/logger';
import { openPlatformAdapters, type InjectedServiceDeps } from '@jisr/platform-adapters';
import type { Express } from 'express';
import type { MatchingConfig } from './config';
import { systemClock, type Clock } from '@jisr/contracts';
import { MATCHING_ERRORS } from './entry-points/api/error-catalogue';
import { MATCHING_API, matchingRoutes } from './entry-points/api/routes';
import { startMatchingRuntime } from './runtime';
export { matchingConfigSchema, type MatchingConfig } from './config';

/** What a caller may hand in instead of having it opened from config; the rest every service shares. */
export interface MatchingServiceDeps extends InjectedServiceDeps {
  readonly clock?: Clock;
  readonly tokenVerifier?: TokenVerifier;
}

export interface MatchingService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  readonly app: Express;
}

/** The composition root: adapters from config (or injected), the runtime, the HTTP edge. */
export function createMatchingService(
  config: MatchingConfig,
  deps: MatchingServiceDeps = {},
): MatchingService {
  const logger = deps.logger ?? createLogger({ service: 'matching', level: config.LOG_LEVEL });
  const verifier =
    deps.tokenVerifier ??
    createTokenVerifier({
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      jwksUrl: config.JWKS_URL,
    });

  const lifecycle = serviceLifecycle({
    open: () => openPlatformAdapters(config, { service: 'matching', logger, injected: deps }),
    wire: (adapters) =>
      startMatchingRuntime({ ...adapters, logger, clock: deps.clock ?? systemClock, config }),
    serve: () => startHttpServer(app, { port: config.MATCHING_PORT, host: config.MATCHING_HOST, logger }),
  });
  const running = lifecycle.runtime;

  const app = createHttpApp({
    service: 'matching',
    logger,
    readiness: lifecycle.readiness,
    extraReadiness: deps.extraReadiness,
    routes: (router) => {
      serveApi(router, matchingRoutes(running), { authenticate: authenticate(verifier), api: MATCHING_API });
      router.use(localizeProblems(MATCHING_ERRORS));
    },
  });

  return {
    app,
    start: lifecycle.start,
    stop: lifecycle.stop,
  };
}
