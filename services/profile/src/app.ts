import { createKeyVault, createTokenVerifier } from '@jisr/auth';
import type { Cache } from '@jisr/cache';
import { AppError } from '@jisr/errors';
import type { EventBus, Subscription } from '@jisr/event-bus';
import { createHttpApp, startHttpServer, type Readiness, type RunningHttpServer } from '@jisr/http-kit';
import { createLogger, type Logger } from '@jisr/logger';
import { createOutbox, createOutboxRelay, type OutboxRelay } from '@jisr/outbox';
import { openPlatformAdapters, type PlatformAdapters } from '@jisr/platform-adapters';
import type { Storage } from '@jisr/storage';
import type { Express } from 'express';
import type { ProfileConfig } from './config';
import { createProfileStore } from './data-access/profile-store';
import { createHashingPool } from './domain/accounts/hashing-pool';
import { createPasswordHasher } from './domain/accounts/password';
import { bootstrapCouncil } from './domain/accounts/register-account.use-case';
import { seedDefaultCentres } from './domain/centres/centre.use-case';
import { systemClock, type Clock } from './domain/clock.port';
import { ensureSigningKey, publicSigningKeys } from './domain/keys/signing-key.use-case';
import type { ProfileContext } from './domain/profile-context';
import type { ApiDeps } from './entry-points/api/api-deps';
import { mountProfileApi } from './entry-points/api/profile-api';
import { subscribeAdvisorActivity } from './entry-points/message-queue/advisor-activity.consumer';
import { throttleLimits } from './entry-points/api/throttle-limits';
export { profileConfigSchema, type ProfileConfig } from './config';

export interface ProfileDeps {
  readonly storage?: Storage;
  readonly bus?: EventBus;
  readonly cache?: Cache;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** More `/readyz` checks from the process that runs the service (the embedded runner's demo data). */
  readonly extraReadiness?: Readiness;
}

export interface ProfileService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  readonly app: Express;
}

interface Running {
  readonly ctx: ProfileContext;
  readonly adapters: PlatformAdapters;
  readonly relay: OutboxRelay;
  readonly limits: ReturnType<ApiDeps['limits']>;
  subscription?: Subscription;
  server?: RunningHttpServer;
}

const starting = (): AppError =>
  new AppError('SERVICE.STARTING', 'The service is starting; try again in a moment.', { status: 503 });

/** The composition root: adapters from config (or injected), the HTTP API, the outbox relay and the consumer. */
export function createProfileService(config: ProfileConfig, deps: ProfileDeps = {}): ProfileService {
  const logger = deps.logger ?? createLogger({ service: 'profile', level: config.LOG_LEVEL });
  const clock = deps.clock ?? systemClock;
  let running: Running | undefined;
  const current = (): Running => {
    if (running === undefined) throw starting();
    return running;
  };
  const api: ApiDeps = { context: () => current().ctx, limits: () => current().limits };
  // Profile verifies its own tokens from storage, with the same verifier other services build from the JWKS URL.
  const verifier = createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: () => publicSigningKeys(current().ctx),
    now: () => clock.now(),
  });
  const app = createHttpApp({
    service: 'profile',
    logger,
    readiness: async () => {
      if (running === undefined) return { started: false };
      const storage = await running.adapters.storage.ping().then(
        () => true,
        () => false,
      );
      return { storage, bus: await running.adapters.bus.isReady() };
    },
    extraReadiness: deps.extraReadiness,
    routes: (router) => mountProfileApi(router, api, verifier),
  });
  if (config.TRUST_PROXY) app.set('trust proxy', true);

  const start = async (): Promise<{ port: number; url: string }> => {
    const adapters = await openPlatformAdapters(config, {
      service: 'profile',
      logger,
      injected: deps,
      mongoDatabase: config.MONGO_DATABASE,
    });
    try {
      return await startOn(adapters);
    } catch (error) {
      // A half-started service must not keep files, connections or the relay loop open.
      if (running === undefined) await adapters.close();
      else await stop();
      throw error;
    }
  };

  const startOn = async (adapters: PlatformAdapters): Promise<{ port: number; url: string }> => {
    const outbox = await createOutbox(adapters.storage);
    const relay = createOutboxRelay({ storage: adapters.storage, bus: adapters.bus, logger });
    const ctx: ProfileContext = {
      store: await createProfileStore(
        adapters.storage,
        outbox,
        relay,
        createKeyVault(config.SIGNING_KEY_SECRETS),
      ),
      clock,
      settings: {
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
        refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
        passwordCost: config.PASSWORD_SCRYPT_COST,
        ...(config.DEMO_ACCOUNTS_SCRYPT_COST === undefined
          ? {}
          : { demoAccountCost: config.DEMO_ACCOUNTS_SCRYPT_COST }),
      },
      passwords: createPasswordHasher(
        config.PASSWORD_SCRYPT_COST,
        createHashingPool({
          concurrency: config.PASSWORD_HASH_CONCURRENCY,
          queueLimit: config.PASSWORD_HASH_QUEUE,
          retryAfterSeconds: 2,
        }),
      ),
    };
    await ensureSigningKey(ctx);
    await seedDefaultCentres(ctx);
    if (config.COUNCIL_BOOTSTRAP_EMAIL !== undefined && config.COUNCIL_BOOTSTRAP_PASSWORD !== undefined) {
      const created = await bootstrapCouncil(ctx, {
        email: config.COUNCIL_BOOTSTRAP_EMAIL,
        password: config.COUNCIL_BOOTSTRAP_PASSWORD,
      });
      if (created !== null)
        logger.info({ accountId: created.accountId }, 'bootstrap council account created');
    }
    const limits = throttleLimits(adapters.cache, config);
    running = { ctx, adapters, relay, limits };
    relay.start();
    running.subscription = await subscribeAdvisorActivity(adapters.bus, ctx, logger);
    running.server = await startHttpServer(app, {
      port: config.PROFILE_PORT,
      host: config.PROFILE_HOST,
      logger,
    });
    return { port: running.server.port, url: running.server.url };
  };

  const stop = async (): Promise<void> => {
    const stopping = running;
    if (stopping === undefined) return;
    await stopping.server?.close();
    await stopping.subscription?.stop();
    await stopping.relay.stop();
    running = undefined;
    await stopping.adapters.close();
  };

  return { start, stop, app };
}
