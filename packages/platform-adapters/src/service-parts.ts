import type { Cache } from '@jisr/cache';
import type { EventBus } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import type { Storage } from '@jisr/storage';
import type { InjectedAdapters, PlatformAdapters } from './open-platform-adapters';

const healthy = (check: () => Promise<unknown>): Promise<boolean> =>
  check().then(
    (result) => result !== false,
    () => false,
  );

/** The `/readyz` checks every service answers the same way: storage, bus and cache each reachable. */
export const adapterReadiness = async ({
  storage,
  bus,
  cache,
}: Pick<PlatformAdapters, 'storage' | 'bus' | 'cache'>): Promise<Record<string, boolean>> => ({
  storage: await healthy(() => storage.ping()),
  bus: await healthy(() => bus.isReady()),
  cache: await healthy(() => cache.ping()),
});

/** What a caller may hand any service instead of having it opened from config (tests, the embedded runner). */
export interface InjectedServiceDeps extends InjectedAdapters {
  readonly logger?: Logger;
  /** More `/readyz` checks from the process that runs the service (the embedded runner's demo data). */
  readonly extraReadiness?: () => Promise<Record<string, boolean>>;
}

/** What every service's runtime.ts is started with: the opened adapters, its logger and config. */
export interface RuntimeInput<Config> {
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly cache: Cache;
  readonly logger: Logger;
  readonly config: Config;
}
