import type { Cache } from '@jisr/cache';
import type { Logger } from '@jisr/logger';
import type { ViewCache } from '../domain/pipeline/view-cache.port';

const PREFIX = 'matching:views:';
const GENERATION = 'matching:views-generation';
const GENERATION_TTL_SECONDS = 30 * 86_400;

/**
 * Pipeline and research views on the cache port (Redis in scale-out), shared by all replicas.
 * Keys carry a generation that every invalidation bumps, so a view computed just before an event
 * and stored just after it lands under a generation nobody reads any more.
 * The cache only ever saves work: when it is unreachable, views are computed from storage.
 */
export const createViewCache = (cache: Cache, ttlSeconds: number, logger: Logger): ViewCache => {
  const quietly = async <T>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      logger.warn({ err: error }, `view cache ${what} failed; continuing without it`);
      return undefined;
    }
  };
  return {
    remember: async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
      const generation = await quietly('read', () => cache.get(GENERATION));
      if (generation === undefined) return compute();
      const fullKey = `${PREFIX}${generation ?? '0'}:${key}`;
      const hit = await quietly('read', () => cache.get(fullKey));
      if (typeof hit === 'string') return JSON.parse(hit) as T;
      const value = await compute();
      await quietly('write', () => cache.set(fullKey, JSON.stringify(value), ttlSeconds));
      return value;
    },
    invalidateAll: async () => {
      await quietly('invalidation', async () => {
        await cache.incr(GENERATION, GENERATION_TTL_SECONDS);
        await cache.delByPrefix(PREFIX);
      });
    },
  };
};
