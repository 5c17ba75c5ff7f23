import { createMemoryCache } from '@jisr/cache';
import { ManualClock } from '@jisr/test-kit';
import { describeCacheContract } from '../contract/cache.contract';

describeCacheContract('memory', async () => {
  const clock = new ManualClock();
  const cache = createMemoryCache({ now: () => clock.now() });
  return { cache, elapse: (seconds) => void clock.advance(seconds * 1000), close: () => cache.close() };
});

describe('createMemoryCache', () => {
  test('when the clock passes a TTL, then the key expires at that instant and not before', async () => {
    const clock = new ManualClock();
    const cache = createMemoryCache({ now: () => clock.now() });
    await cache.set('session', 's-1', 30);

    clock.advance(29_999);
    const justBefore = await cache.get('session');
    clock.advance(1);

    expect(justBefore).toBe('s-1');
    expect(await cache.get('session')).toBeNull();
  });

  test('when a TTL is partly spent, then ttl rounds the rest to whole seconds as Redis does', async () => {
    const clock = new ManualClock();
    const cache = createMemoryCache({ now: () => clock.now() });
    await cache.set('k', 'v', 10);

    clock.advance(7_400);

    expect(await cache.ttl('k')).toBe(3);
  });
});
