import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '@jisr/config';
import { createInProcessBus } from '@jisr/event-bus';
import type { Readiness } from '@jisr/http-kit';
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

// A stop waits this long for consumers to catch up (tidier logs), then stops: what is left waits in the log.
const DRAIN_ON_STOP_MS = 3_000;

/**
 * All three services in this process: each keeps its own SQLite file under the data directory
 * and its own in-memory cache, and they share one in-process bus, so events flow between them
 * exactly as they would through Kafka. The bus keeps its log in `bus.sqlite` next to them: an
 * event counts as delivered only once every consumer group has committed it, so a crash loses
 * nothing (the rest is delivered again after the restart; consumers ignore repeats).
 * Profile starts first: the others verify tokens with its JWKS.
 */
export async function startEmbedded(
  config: EmbeddedConfig,
  logger: Logger,
  extraReadiness: Readiness = async () => ({}),
): Promise<EmbeddedSystem> {
  await mkdir(config.JISR_DATA_DIR, { recursive: true });
  const bus = drainable(createInProcessBus({ logger, file: join(config.JISR_DATA_DIR, 'bus.sqlite') }));
  const level = config.LOG_LEVEL;
  const profile = createProfileService(loadConfig(profileConfigSchema, config.serviceEnv), {
    bus,
    extraReadiness,
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
      extraReadiness,
      logger: createLogger({ service: 'matching', level }),
    });
    endpoints.push({ name: 'matching', url: (await matching.start()).url });
    started.push(matching);
    const messaging = createMessagingService(loadConfig(messagingConfigSchema, env), {
      bus,
      extraReadiness,
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
      if (!(await bus.drain(DRAIN_ON_STOP_MS)))
        logger.warn(
          { pending: bus.pending() },
          'events not handled yet at stop; they are delivered after the next start',
        );
      for (const service of [...started].reverse()) await service.stop();
      await bus.close();
    },
  };
}
