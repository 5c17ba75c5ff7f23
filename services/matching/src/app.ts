import { join } from 'node:path';
import { authenticate, createTokenVerifier, type TokenVerifier } from '@jisr/auth';
import { openCache, type Cache } from '@jisr/cache';
import { openBus, type EventBus } from '@jisr/event-bus';
import { createHttpApp, startHttpServer, type RunningHttpServer } from '@jisr/http-kit';
import { createLogger, type Logger } from '@jisr/logger';
import { openStorage, type Storage } from '@jisr/storage';
import { AppError } from '@jisr/errors';
import type { Express } from 'express';
import type { MatchingConfig } from './config';
import { systemClock, type Clock } from './domain/clock.port';
import { registerRoutes } from './entry-points/api/routes';
import { startMatchingRuntime, type MatchingRuntime } from './matching-runtime';
export { matchingConfigSchema, type MatchingConfig } from './config';

export interface MatchingDeps {
  readonly storage?: Storage;
  readonly bus?: EventBus;
  readonly cache?: Cache;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly tokenVerifier?: TokenVerifier;
}

export interface MatchingService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  readonly app: Express;
}

/** MongoDB URLs name their database in the path (`…/jisr_matching?replicaSet=rs0`). */
const databaseOf = (url: string): string => new URL(url).pathname.replace(/^\//, '') || 'jisr_matching';

const openAdapters = async (config: MatchingConfig, deps: MatchingDeps, logger: Logger) => {
  const owned: { close(): Promise<void> }[] = [];
  const own = <T extends { close(): Promise<void> }>(adapter: T): T => {
    owned.push(adapter);
    return adapter;
  };
  const storage =
    deps.storage ??
    own(
      await openStorage(
        config.STORAGE === 'mongodb'
          ? { kind: 'mongodb', url: config.MONGO_URL!, database: databaseOf(config.MONGO_URL!) }
          : { kind: 'sqlite', file: join(config.JISR_DATA_DIR, 'matching.sqlite') },
      ),
    );
  const bus =
    deps.bus ??
    own(
      await openBus(
        config.BUS === 'kafka'
          ? { kind: 'kafka', brokers: config.KAFKA_BROKERS!, clientId: 'matching' }
          : { kind: 'memory' },
        logger,
      ),
    );
  const cache =
    deps.cache ??
    own(
      await openCache(
        config.CACHE === 'redis' ? { kind: 'redis', url: config.REDIS_URL! } : { kind: 'memory' },
        logger,
      ),
    );
  // Closed in reverse order of opening.
  return {
    storage,
    bus,
    cache,
    close: async () => {
      for (const adapter of owned.reverse()) await adapter.close();
    },
  };
};

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
    routes: (router) => registerRoutes(router, authenticate(verifier), running),
  });

  return {
    app,
    start: async () => {
      const adapters = await openAdapters(config, deps, logger);
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
