import { createMemoryCache, createRateLimiter, createRedisCache, type Cache } from '@jisr/cache';
import { rateLimit } from '@jisr/http-kit';
import { ManualClock } from '@jisr/test-kit';
import { problemOf, startTestApp, type TestApp } from '../fixtures/test-app';

const ONE_MINUTE = 60;

const appLimitedBy = (cache: Cache, options: { whenCacheDown?: 'allow' | 'refuse' } = {}) =>
  startTestApp((router) => {
    const limiter = createRateLimiter(cache, { max: 2, windowSeconds: ONE_MINUTE, prefix: 'login:' });
    const limited = rateLimit({
      limiter,
      key: (req) => String(req.headers['x-client'] ?? 'anonymous'),
      ...options,
    });
    router.post('/v1/sessions', limited, (_req, res) => {
      res.status(201).json({ ok: true });
    });
  });
const login = (kit: TestApp, client: string) =>
  fetch(`${kit.url}/v1/sessions`, { method: 'POST', headers: { 'x-client': client } });

describe('rateLimit', () => {
  test('when a client spends its budget, then it gets 429 problem+json with Retry-After, others do not', async () => {
    const clock = new ManualClock();
    const kit = await appLimitedBy(createMemoryCache({ now: () => clock.now() }));

    const statuses = [(await login(kit, 'a')).status, (await login(kit, 'a')).status];
    clock.advance(15_000);
    const refused = await login(kit, 'a');
    const other = await login(kit, 'b');

    expect(statuses).toEqual([201, 201]);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(await problemOf(refused)).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    expect(other.status).toBe(201);
    await kit.server.close();
  });

  test('when the window has passed, then the client is let through again', async () => {
    const clock = new ManualClock();
    const kit = await appLimitedBy(createMemoryCache({ now: () => clock.now() }));
    for (let attempt = 0; attempt < 3; attempt += 1) await login(kit, 'a');

    clock.advance(ONE_MINUTE * 1000);

    expect((await login(kit, 'a')).status).toBe(201);
    await kit.server.close();
  });

  test('when the cache is down, then requests pass by default and the skip is logged', async () => {
    const cache = createRedisCache({ url: 'redis://127.0.0.1:1', commandTimeoutMs: 200 });
    const kit = await appLimitedBy(cache);

    const response = await login(kit, 'a');

    expect(response.status).toBe(201);
    expect(kit.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'rate limit not applied: cache unavailable' }),
    );
    await kit.server.close();
    await cache.close();
  });

  test('when the cache is down and the guard must hold, then requests are refused with 503', async () => {
    const cache = createRedisCache({ url: 'redis://127.0.0.1:1', commandTimeoutMs: 200 });
    const kit = await appLimitedBy(cache, { whenCacheDown: 'refuse' });

    const response = await login(kit, 'a');

    expect(response.status).toBe(503);
    expect(await problemOf(response)).toMatchObject({ code: 'CACHE.UNAVAILABLE' });
    await kit.server.close();
    await cache.close();
  });
});
