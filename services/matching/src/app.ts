import { authenticate, createTokenVerifier, type TokenVerifier } from '@jisr/auth';
import type { Cache } from '@jisr/cache';
import type { EventBus } from '@jisr/event-bus';
import {
  createHttpApp,
  localizeProblems,
  type Readiness,
  serveApi,
  startHttpServer,
  type RunningHttpServer,
} from '@jisr/http-kit';
import { createLogger, type Logger } from '@jisr/logger';
import { openPlatformAdapters } from '@jisr/platform-adapters';
import type { Storage } from '@jisr/storage';
import { AppError } from '@jisr/errors';
import type { Express } from 'express';
import type { MatchingConfig } from './config';
import { systemClock, type Clock } from './domain/clock.port';
import { MATCHING_ERRORS } from './entry-points/api/error-catalogue';
import { MATCHING_API, matchingRoutes } from './entry-points/api/routes';
import { startMatchingRuntime, type MatchingRuntime } from './runtime';
export { matchingConfigSchema, type MatchingConfig } from './config';

export interface MatchingDeps {
  readonly storage?: Storage;
  readonly bus?: EventBus;
  readonly cache?: Cache;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly tokenVerifier?: TokenVerifier;
  /** More `/readyz` checks from the process that runs the service (the embedded runner's demo data). */
  readonly extraReadiness?: Readiness;
}

export interface MatchingService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  readonly app: Express;
}

/** Composition root: adapters from config (or injected), the runtime, the HTTP edge. */
export const createMatchingService = (config: MatchingConfig, deps: MatchingDeps = {}): MatchingService => {
  const logger = deps.logger ?? createLogger({ service: 'matching', level: config.LOG_LEVEL });
  const verifier =
    deps.tokenVerifier ??
    createTokenVerifier({
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      jwksUrl: config.JWKS_URL,
    });
  let runtime: MatchingRuntime | undefined;
  let server: RunningHttpServer | undefined;
  let closeAdapters: (() => Promise<void>) | undefined;

  const running = (): MatchingRuntime => {
    if (runtime === undefined)
      throw new AppError('MATCHING.NOT_STARTED', 'The service is starting.', { status: 503 });
    return runtime;
  };

  const app = createHttpApp({
    service: 'matching',
    logger,
    readiness: async () => (runtime === undefined ? { started: false } : runtime.readiness()),
    extraReadiness: deps.extraReadiness,
    routes: (router) => {
      serveApi(router, matchingRoutes(running), { authenticate: authenticate(verifier), api: MATCHING_API });
      router.use(localizeProblems(MATCHING_ERRORS));
    },
  });

  return {
    app,
    start: async () => {
      const adapters = await openPlatformAdapters(config, { service: 'matching', logger, injected: deps });
      closeAdapters = adapters.close;
      runtime = await startMatchingRuntime({ ...adapters, logger, clock: deps.clock ?? systemClock, config });
      server = await startHttpServer(app, { port: config.MATCHING_PORT, host: config.MATCHING_HOST, logger });
      return { port: server.port, url: server.url };
    },
    stop: async () => {
      await server?.close();
      await runtime?.stop();
      await closeAdapters?.();
      server = undefined;
      runtime = undefined;
      closeAdapters = undefined;
    },
  };
};
