import { mkdir } from 'node:fs/promises';
import { loadConfig } from '@jisr/config';
import { createInProcessBus } from '@jisr/event-bus';
import { createLogger, type Logger } from '@jisr/logger';
import { createMatchingService, matchingConfigSchema } from '@jisr/matching';
import { createMessagingService, messagingConfigSchema } from '@jisr/messaging';
import { createProfileService, profileConfigSchema } from '@jisr/profile';
import type { EmbeddedConfig } from './config';
import { drainable } from './drainable-bus';

export interface ServiceEndpoint {
  readonly name: 'profile' | 'matching' | 'messaging';
  readonly url: string;
}

export interface EmbeddedSystem {
  readonly endpoints: readonly ServiceEndpoint[];
  /** Waits until every event published so far has reached every service (e.g. after seeding). */
  settle(timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

// Long enough for a cohort round's events, short enough that a stuck handler cannot hold a stop forever.
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * All three services in this process: each keeps its own SQLite file under the data directory
 * and its own in-memory cache, and they share one in-process bus, so events flow between them
 * exactly as they would through Kafka. Profile starts first: the others verify tokens with its JWKS.
 */
export async function startEmbedded(config: EmbeddedConfig, logger: Logger): Promise<EmbeddedSystem> {
  await mkdir(config.JISR_DATA_DIR, { recursive: true });
  const bus = drainable(createInProcessBus({ logger }));
  const level = config.LOG_LEVEL;
  const profile = createProfileService(loadConfig(profileConfigSchema, config.serviceEnv), {
    bus,
    logger: createLogger({ service: 'profile', level }),
  });
  const started: { stop(): Promise<void> }[] = [];
  const endpoints: ServiceEndpoint[] = [];
  try {
    const profileUrl = (await profile.start()).url;
    started.push(profile);
    endpoints.push({ name: 'profile', url: profileUrl });
    const env = { ...config.serviceEnv, JWKS_URL: `${profileUrl}/.well-known/jwks.json` };
    const matching = createMatchingService(loadConfig(matchingConfigSchema, env), {
      bus,
      logger: createLogger({ service: 'matching', level }),
    });
    endpoints.push({ name: 'matching', url: (await matching.start()).url });
    started.push(matching);
    const messaging = createMessagingService(loadConfig(messagingConfigSchema, env), {
      bus,
      logger: createLogger({ service: 'messaging', level }),
    });
    endpoints.push({ name: 'messaging', url: (await messaging.start()).url });
    started.push(messaging);
  } catch (error) {
    for (const service of started.reverse()) await service.stop();
    await bus.close();
    throw error;
  }

  return {
    endpoints,
    settle: (timeoutMs) => bus.drain(timeoutMs),
    stop: async () => {
      // Hand everything on the bus to its consumers, then refuse new publishes (they stay in
      // the outboxes, in SQLite) and hand over what came in meanwhile: nothing is left on the bus.
      await bus.drain(DRAIN_TIMEOUT_MS);
      bus.seal();
      if (!(await bus.drain(DRAIN_TIMEOUT_MS)))
        logger.error(
          { pending: bus.pending() },
          'events still undelivered at stop (a consumer kept failing); they are lost',
        );
      for (const service of [...started].reverse()) await service.stop();
      await bus.close();
    },
  };
}
