import { randomUUID } from 'node:crypto';
import type { Cache } from '@jisr/cache';
import { waitFor } from '@jisr/test-kit';

/** One adapter under test. `elapse` moves a manual clock; a real server's clock moves by itself. */
export interface CacheHarness {
  readonly cache: Cache;
  elapse(seconds: number): void;
  close(): Promise<void>;
}

/**
 * What every Cache adapter must do, run against memory (unit) and Redis (integration). Keys and
 * channels carry a per-test id, so runs can share one server.
 */
export function describeCacheContract(adapter: string, open: () => Promise<CacheHarness>): void {
  describe(`Cache contract (${adapter})`, () => {
    let harness: CacheHarness;
    let cache: Cache;
    let id: string;
    beforeEach(async () => {
      harness = await open();
      cache = harness.cache;
      id = randomUUID();
    });
    afterEach(() => harness.close());

    const gone = (key: string) =>
      waitFor(async () => (await cache.get(key)) === null, { timeoutMs: 4000, what: `${key} to expire` });

    test('when a key was never set, then get is null and ttl is -2', async () => {
      expect(await cache.get(`${id}:none`)).toBeNull();
      expect(await cache.ttl(`${id}:none`)).toBe(-2);
    });

    test('when a value is set without TTL, then it reads back and never expires', async () => {
      await cache.set(`${id}:a`, 'مرحبا');
      await cache.set(`${id}:a`, 'merhaba');

      expect(await cache.get(`${id}:a`)).toBe('merhaba');
      expect(await cache.ttl(`${id}:a`)).toBe(-1);
    });

    test('when a value is set with a TTL, then it reads back until the TTL passes', async () => {
      await cache.set(`${id}:short`, 'v', 1);
      expect(await cache.get(`${id}:short`)).toBe('v');
      expect(await cache.ttl(`${id}:short`)).toBe(1);

      harness.elapse(1);

      await gone(`${id}:short`);
      expect(await cache.ttl(`${id}:short`)).toBe(-2);
    });

    test('when a TTL is not a positive whole number, then set and incr are refused', async () => {
      await expect(cache.set(`${id}:bad`, 'v', 0)).rejects.toMatchObject({ code: 'CACHE.COMMAND_FAILED' });
      await expect(cache.incr(`${id}:bad`, 1.5)).rejects.toMatchObject({ code: 'CACHE.COMMAND_FAILED' });
      expect(await cache.get(`${id}:bad`)).toBeNull();
    });

    test('when several keys are deleted, then all of them are gone and others stay', async () => {
      await Promise.all(['a', 'b', 'c'].map((name) => cache.set(`${id}:${name}`, name)));

      await cache.del(`${id}:a`, `${id}:b`, `${id}:never-set`);

      expect(await Promise.all(['a', 'b', 'c'].map((name) => cache.get(`${id}:${name}`)))).toEqual([
        null,
        null,
        'c',
      ]);
    });

    test('when deleting by prefix, then every key with it goes, across many scan pages, and no other', async () => {
      const family = `${id}:profile:`;
      await Promise.all(Array.from({ length: 1200 }, (_, n) => cache.set(`${family}${n}`, String(n))));
      await cache.set(`${id}:profiles`, 'keep');

      await cache.delByPrefix(family);

      const left = await Promise.all([0, 599, 1199].map((n) => cache.get(`${family}${n}`)));
      expect(left).toEqual([null, null, null]);
      expect(await cache.get(`${id}:profiles`)).toBe('keep');
    });

    test('when the prefix holds glob characters, then they match only themselves', async () => {
      await cache.set(`${id}:a*[b]?:1`, 'starred');
      await cache.set(`${id}:aX[b]?:1`, 'lookalike');
      await cache.set(`${id}:aXb!:1`, 'lookalike');

      await cache.delByPrefix(`${id}:a*[b]?:`);

      expect(await cache.get(`${id}:a*[b]?:1`)).toBeNull();
      expect(await cache.get(`${id}:aX[b]?:1`)).toBe('lookalike');
      expect(await cache.get(`${id}:aXb!:1`)).toBe('lookalike');
    });

    test('when a counter is incremented, then it counts from 1 and keeps the TTL of its creation', async () => {
      const counts = [
        await cache.incr(`${id}:n`, 60),
        await cache.incr(`${id}:n`, 600),
        await cache.incr(`${id}:n`, 600),
      ];

      expect(counts).toEqual([1, 2, 3]);
      const ttl = await cache.ttl(`${id}:n`);
      expect(ttl).toBeGreaterThan(55);
      expect(ttl).toBeLessThanOrEqual(60);
    });

    test('when a counter expires, then the next increment starts again at 1', async () => {
      await cache.incr(`${id}:window`, 1);
      await cache.incr(`${id}:window`, 1);

      harness.elapse(1);
      await gone(`${id}:window`);

      expect(await cache.incr(`${id}:window`, 1)).toBe(1);
    });

    test('when concurrent increments race, then none is lost', async () => {
      const counts = await Promise.all(Array.from({ length: 50 }, () => cache.incr(`${id}:race`, 60)));

      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
    });

    test('when a key holds text, then incrementing it is refused as a failed command', async () => {
      await cache.set(`${id}:text`, 'hello');

      await expect(cache.incr(`${id}:text`, 60)).rejects.toMatchObject({
        code: 'CACHE.COMMAND_FAILED',
        status: 500,
      });
    });

    test('when messages are published, then every subscriber of the channel gets them in order', async () => {
      const first: string[] = [];
      const second: string[] = [];
      await cache.subscribe(`${id}:events`, (message) => first.push(message));
      await cache.subscribe(`${id}:events`, (message) => second.push(message));

      for (const message of ['one', 'two', 'three']) await cache.publish(`${id}:events`, message);

      await waitFor(() => first.length === 3 && second.length === 3, { what: 'three messages each' });
      expect(first).toEqual(['one', 'two', 'three']);
      expect(second).toEqual(['one', 'two', 'three']);
    });

    test('when a subscriber unsubscribes, then it gets no more messages while others still do', async () => {
      const left: string[] = [];
      const stayed: string[] = [];
      const unsubscribe = await cache.subscribe(`${id}:left`, (message) => left.push(message));
      await cache.subscribe(`${id}:stayed`, (message) => stayed.push(message));

      await unsubscribe();
      await cache.publish(`${id}:left`, 'after');
      await cache.publish(`${id}:stayed`, 'marker');

      // Deliveries keep publish order, so once the marker is in, "after" would have been too.
      await waitFor(() => stayed.length === 1, { what: 'the marker' });
      expect(left).toEqual([]);
    });

    test('when a listener throws, then other listeners still get the message', async () => {
      const received: string[] = [];
      await cache.subscribe(`${id}:faulty`, () => {
        throw new Error('subscriber bug');
      });
      await cache.subscribe(`${id}:faulty`, (message) => received.push(message));

      await cache.publish(`${id}:faulty`, 'hello');

      await waitFor(() => received.length === 1, { what: 'the healthy listener' });
      expect(received).toEqual(['hello']);
    });

    test('when pinged, then it answers', async () => {
      await expect(cache.ping()).resolves.toBeUndefined();
    });
  });
}
