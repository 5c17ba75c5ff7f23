import { createMemoryCache, createRedisCache } from '@jisr/cache';
import { silentLogger } from '@jisr/logger';
import { createViewCache } from '../../../src/data-access/view-cache';

describe('view cache', () => {
  test('when a view is asked twice, then it is computed once', async () => {
    const views = createViewCache(createMemoryCache(), 60, silentLogger());
    let computed = 0;
    const compute = async () => ({ registered: ++computed });

    const first = await views.remember('funnel', compute);
    const second = await views.remember('funnel', compute);

    expect([first, second, computed]).toEqual([{ registered: 1 }, { registered: 1 }, 1]);
  });

  test('when a view computed before an invalidation is stored after it, then it is never served', async () => {
    const views = createViewCache(createMemoryCache(), 60, silentLogger());
    let release!: () => void;
    const slow = views.remember('funnel', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return 'before the event';
    });

    await views.invalidateAll();
    release();
    await slow;

    expect(await views.remember('funnel', async () => 'after the event')).toBe('after the event');
  });

  test('when the cache is unreachable, then views are computed from the source', async () => {
    // A real Redis adapter aimed at a port nothing listens on: every command fails after its timeout.
    const cache = createRedisCache({ url: 'redis://127.0.0.1:1', commandTimeoutMs: 100 });
    const views = createViewCache(cache, 60, silentLogger());
    try {
      await expect(cache.get('probe')).rejects.toMatchObject({ code: 'CACHE.UNAVAILABLE' });
      expect(await views.remember('funnel', async () => 'fresh')).toBe('fresh');
      await expect(views.invalidateAll()).resolves.toBeUndefined();
    } finally {
      await cache.close();
    }
  });
});
