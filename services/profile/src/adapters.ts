import { join } from 'node:path';
import { openCache, type Cache } from '@jisr/cache';
import { openBus, type EventBus } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { openStorage, type Storage } from '@jisr/storage';
import type { ProfileConfig } from './config';

export interface InjectedAdapters {
  readonly storage?: Storage;
  readonly bus?: EventBus;
  readonly cache?: Cache;
}

export interface Adapters {
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly cache: Cache;
  /** Closes only what was opened here; injected adapters belong to whoever injected them. */
  close(): Promise<void>;
}

/** Storage, bus and cache as configured, unless the caller injected them (tests, the embedded runner). */
export async function openAdapters(
  config: ProfileConfig,
  injected: InjectedAdapters,
  logger: Logger,
): Promise<Adapters> {
  const opened: { close(): Promise<void> }[] = [];
  const own = <T extends { close(): Promise<void> }>(adapter: T): T => {
    opened.push(adapter);
    return adapter;
  };
  const storage =
    injected.storage ??
    own(
      await openStorage(
        config.STORAGE === 'mongodb'
          ? { kind: 'mongodb', url: config.MONGO_URL ?? '', database: config.MONGO_DATABASE }
          : { kind: 'sqlite', file: join(config.JISR_DATA_DIR, 'profile.sqlite') },
      ),
    );
  const bus =
    injected.bus ??
    own(
      await openBus(
        config.BUS === 'kafka'
          ? { kind: 'kafka', brokers: config.KAFKA_BROKERS ?? [], clientId: 'profile' }
          : { kind: 'memory' },
        logger,
      ),
    );
  const cache =
    injected.cache ??
    own(
      await openCache(
        config.CACHE === 'redis' ? { kind: 'redis', url: config.REDIS_URL ?? '' } : { kind: 'memory' },
        logger,
      ),
    );
  return {
    storage,
    bus,
    cache,
    close: async () => {
      for (const adapter of opened.reverse()) await adapter.close();
    },
  };
}
