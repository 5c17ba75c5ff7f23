/**
 * Cache, counters and pub/sub: Redis in scale-out, memory in embedded mode. Every command has a
 * timeout, so a request never hangs when Redis is down (it fails with CACHE.UNAVAILABLE).
 */
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  del(...keys: string[]): Promise<void>;
  /** Deletes every key starting with `prefix` (cache invalidation by family). */
  delByPrefix(prefix: string): Promise<void>;
  /** Increments a counter, setting its TTL when it is created; returns the new value. */
  incr(key: string, ttlSeconds: number): Promise<number>;
  /** Seconds until `key` expires; -2 if absent, -1 if it has no TTL. */
  ttl(key: string): Promise<number>;
  publish(channel: string, message: string): Promise<void>;
  /** Returns a function that unsubscribes. */
  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
