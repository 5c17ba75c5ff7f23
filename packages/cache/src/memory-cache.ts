import { silentLogger, type Logger } from '@jisr/logger';
import type { Cache } from './cache.port';
import { assertTtl, cacheCommandFailed } from './cache-errors';
import { deliverSafely, type Listener } from './deliver';

export interface MemoryCacheOptions {
  /** The clock TTLs are measured by; tests pass a manual clock. */
  readonly now?: () => Date;
  /** Where a subscriber's thrown error is reported. */
  readonly logger?: Logger;
}

interface Entry {
  readonly value: string;
  readonly expiresAtMs: number | undefined;
}

// Expired entries are dropped when read and in a sweep every this many writes, so dead counters do not pile up.
const SWEEP_EVERY_WRITES = 1000;

/** The embedded-mode cache: one process, Redis semantics (TTL rounding, counters, pub/sub) kept. */
export function createMemoryCache({
  now = () => new Date(),
  logger = silentLogger(),
}: MemoryCacheOptions = {}): Cache {
  const entries = new Map<string, Entry>();
  const channels = new Map<string, Set<Listener>>();
  let writes = 0;
  const nowMs = () => now().getTime();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry?.expiresAtMs !== undefined && entry.expiresAtMs <= nowMs()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const write = (key: string, entry: Entry): void => {
    entries.set(key, entry);
    writes += 1;
    if (writes % SWEEP_EVERY_WRITES === 0) for (const stored of [...entries.keys()]) live(stored);
  };

  return {
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds !== undefined) assertTtl(ttlSeconds);
      write(key, { value, expiresAtMs: ttlSeconds === undefined ? undefined : nowMs() + ttlSeconds * 1000 });
    },
    async del(...keys) {
      for (const key of keys) entries.delete(key);
    },
    async delByPrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
    async incr(key, ttlSeconds) {
      assertTtl(ttlSeconds);
      const entry = live(key);
      const current = entry === undefined ? 0 : Number(entry.value);
      if (!Number.isSafeInteger(current))
        throw cacheCommandFailed(new TypeError(`${key} does not hold a counter`));
      const expiresAtMs = entry?.expiresAtMs ?? nowMs() + ttlSeconds * 1000;
      write(key, { value: String(current + 1), expiresAtMs });
      return current + 1;
    },
    async ttl(key) {
      const entry = live(key);
      if (entry === undefined) return -2;
      if (entry.expiresAtMs === undefined) return -1;
      return Math.round((entry.expiresAtMs - nowMs()) / 1000);
    },
    async publish(channel, message) {
      // Delivered after publish returns, as over Redis.
      const listeners = [...(channels.get(channel) ?? [])];
      if (listeners.length > 0) queueMicrotask(() => deliverSafely(listeners, channel, message, logger));
    },
    async subscribe(channel, listener) {
      const listeners = channels.get(channel) ?? new Set<Listener>();
      channels.set(channel, listeners.add(listener));
      return async () => {
        listeners.delete(listener);
        if (listeners.size === 0 && channels.get(channel) === listeners) channels.delete(channel);
      };
    },
    async ping() {},
    async close() {
      channels.clear();
    },
  };
}
