import { join } from 'node:path';
import { openCache, type Cache } from '@jisr/cache';
import { openBus, type EventBus } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { openStorage, type Storage } from '@jisr/storage';
import type { MessagingConfig } from './config';

/** An adapter and whether this service opened it (and so must close it) or was handed it. */
export interface Owned<T> {
  readonly value: T;
  readonly owned: boolean;
}

const given = <T>(value: T): Owned<T> => ({ value, owned: false });
const opened = <T>(value: T): Owned<T> => ({ value, owned: true });

/** MongoDB URLs name their database in the path (`…/jisr_messaging?replicaSet=rs0`). */
const databaseOf = (url: string): string => new URL(url).pathname.replace(/^\//, '') || 'jisr_messaging';

export async function storageFrom(config: MessagingConfig, injected?: Storage): Promise<Owned<Storage>> {
  if (injected !== undefined) return given(injected);
  if (config.STORAGE === 'mongodb' && config.MONGO_URL !== undefined) {
    return opened(
      await openStorage({ kind: 'mongodb', url: config.MONGO_URL, database: databaseOf(config.MONGO_URL) }),
    );
  }
  return opened(await openStorage({ kind: 'sqlite', file: join(config.JISR_DATA_DIR, 'messaging.sqlite') }));
}

export async function busFrom(
  config: MessagingConfig,
  logger: Logger,
  injected?: EventBus,
): Promise<Owned<EventBus>> {
  if (injected !== undefined) return given(injected);
  if (config.BUS === 'kafka' && config.KAFKA_BROKERS !== undefined) {
    return opened(
      await openBus({ kind: 'kafka', brokers: config.KAFKA_BROKERS, clientId: 'messaging' }, logger),
    );
  }
  return opened(await openBus({ kind: 'memory' }, logger));
}

export async function cacheFrom(
  config: MessagingConfig,
  logger: Logger,
  injected?: Cache,
): Promise<Owned<Cache>> {
  if (injected !== undefined) return given(injected);
  if (config.CACHE === 'redis' && config.REDIS_URL !== undefined) {
    return opened(await openCache({ kind: 'redis', url: config.REDIS_URL }, logger));
  }
  return opened(await openCache({ kind: 'memory' }, logger));
}
