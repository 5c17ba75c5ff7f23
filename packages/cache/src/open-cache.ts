import { silentLogger, type Logger } from '@jisr/logger';
import type { Cache } from './cache.port';
import { createMemoryCache } from './memory-cache';
import { createRedisCache } from './redis-cache';

export type CacheConfig =
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly url: string; readonly commandTimeoutMs?: number };

export interface OpenCacheOptions {
  /** How long start-up waits for Redis to answer before giving up. */
  readonly connectTimeoutMs?: number;
}

/**
 * The cache the configuration asks for. Redis must answer PING within `connectTimeoutMs`, so a
 * wrong REDIS_URL stops start-up with CACHE.UNAVAILABLE instead of failing every request later.
 */
export async function openCache(
  config: CacheConfig,
  logger: Logger = silentLogger(),
  { connectTimeoutMs = 5000 }: OpenCacheOptions = {},
): Promise<Cache> {
  if (config.kind === 'memory') return createMemoryCache({ logger });
  const cache = createRedisCache({ ...config, logger });
  const deadline = Date.now() + connectTimeoutMs;
  for (;;) {
    try {
      await cache.ping();
      logger.info('redis cache connected');
      return cache;
    } catch (error) {
      if (Date.now() >= deadline) {
        await cache.close();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
