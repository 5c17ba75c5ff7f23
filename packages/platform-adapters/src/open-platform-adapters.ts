import { join } from 'node:path';
import { openCache, type Cache } from '@jisr/cache';
import { ConfigError } from '@jisr/config';
import { openBus, type EventBus } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { openStorage, type Storage } from '@jisr/storage';
import { PLATFORM_URL_RULES, type PlatformConfig } from './platform-env';

/** Adapters a caller already holds (tests, the embedded runner); they are used, never closed here. */
export interface InjectedAdapters {
  readonly storage?: Storage;
  readonly bus?: EventBus;
  readonly cache?: Cache;
}

export interface PlatformAdapters {
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly cache: Cache;
  /** Closes what was opened here, in reverse order of opening; injected adapters stay open. */
  close(): Promise<void>;
}

export interface OpenPlatformAdaptersOptions {
  /** Names the SQLite file (`<JISR_DATA_DIR>/<service>.sqlite`) and the Kafka client id. */
  readonly service: string;
  readonly logger: Logger;
  readonly injected?: InjectedAdapters;
  /** MongoDB database; by default the URL's path (`…/jisr_matching`), else `jisr_<service>`. */
  readonly mongoDatabase?: string;
}

const SERVICE_JOIN_WAIT_MS = 1000;

interface Closable {
  close(): Promise<void>;
}

/**
 * The same check as `requirePlatformUrls`, for a config that did not come through `loadConfig`
 * (built by hand in a runner or test): a missing URL stops here, not as a late connection error.
 */
function required<K extends 'MONGO_URL' | 'KAFKA_BROKERS' | 'REDIS_URL'>(
  config: PlatformConfig,
  variable: K,
): NonNullable<PlatformConfig[K]> {
  const value = config[variable];
  if (value !== undefined) return value;
  const when = PLATFORM_URL_RULES.find((rule) => rule.variable === variable)?.when ?? 'configured';
  throw new ConfigError([{ path: variable, code: 'required', message: `is required when ${when}` }]);
}

/** MongoDB URLs name their database in the path (`…/jisr_matching?replicaSet=rs0`). */
const databaseOf = (url: string, service: string): string =>
  new URL(url).pathname.replace(/^\//, '') || `jisr_${service}`;

/** Storage, bus and cache as `config` selects them, unless the caller injected them. */
export async function openPlatformAdapters(
  config: PlatformConfig,
  { service, logger, injected = {}, mongoDatabase }: OpenPlatformAdaptersOptions,
): Promise<PlatformAdapters> {
  const opened: Closable[] = [];
  const close = async (): Promise<void> => {
    for (const adapter of opened.splice(0).reverse()) await adapter.close();
  };
  const own = async <T extends Closable>(open: () => T | Promise<T>): Promise<T> => {
    const adapter = await open();
    opened.push(adapter);
    return adapter;
  };
  try {
    const storage =
      injected.storage ??
      (await own(() => {
        if (config.STORAGE !== 'mongodb')
          return openStorage({ kind: 'sqlite', file: join(config.JISR_DATA_DIR, `${service}.sqlite`) });
        const url = required(config, 'MONGO_URL');
        return openStorage({ kind: 'mongodb', url, database: mongoDatabase ?? databaseOf(url, service) });
      }));
    const bus =
      injected.bus ??
      (await own(() =>
        openBus(
          config.BUS === 'kafka'
            ? {
                kind: 'kafka',
                brokers: required(config, 'KAFKA_BROKERS'),
                clientId: service,
                // A service is ready to serve HTTP before its consumers joined their groups: after a
                // kill the join waits out the dead member's session, and the consumers catch up then.
                joinTimeoutMs: SERVICE_JOIN_WAIT_MS,
              }
            : { kind: 'memory' },
          logger,
        ),
      ));
    const cache =
      injected.cache ??
      (await own(() =>
        openCache(
          config.CACHE === 'redis'
            ? { kind: 'redis', url: required(config, 'REDIS_URL') }
            : { kind: 'memory' },
          logger,
        ),
      ));
    return { storage, bus, cache, close };
  } catch (error) {
    // A half-opened set would leak connections and keep the process alive.
    await close();
    throw error;
  }
}
