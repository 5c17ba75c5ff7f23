import { createMemoryCache, createRateLimiter } from '@jisr/cache';
import { ManualClock } from '@jisr/test-kit';

describe('createRateLimiter', () => {
  test('when a key uses its budget, then the next call is refused with the seconds left in the window', async () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter(createMemoryCache({ now: () => clock.now() }), {
      max: 3,
      windowSeconds: 60,
    });

    const allowed = [
      await limiter.consume('ip-1'),
      await limiter.consume('ip-1'),
      await limiter.consume('ip-1'),
    ];
    clock.advance(20_000);
    const refused = await limiter.consume('ip-1');

    expect(allowed.map((decision) => decision.remaining)).toEqual([2, 1, 0]);
    expect(allowed.every((decision) => decision.allowed)).toBe(true);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 40, remaining: 0 });
  });

  test('when keys differ, then their budgets are separate', async () => {
    const limiter = createRateLimiter(createMemoryCache(), { max: 1, windowSeconds: 60 });

    await limiter.consume('ip-1');

    expect((await limiter.consume('ip-2')).allowed).toBe(true);
    expect((await limiter.consume('ip-1')).allowed).toBe(false);
  });

  test('when the window ends, then the budget is whole again', async () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter(createMemoryCache({ now: () => clock.now() }), {
      max: 1,
      windowSeconds: 10,
    });
    await limiter.consume('ip-1');

    clock.advance(10_000);

    expect(await limiter.consume('ip-1')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
  });

  test('when the rule is nonsense, then the limiter is not created', () => {
    expect(() => createRateLimiter(createMemoryCache(), { max: 0, windowSeconds: 10 })).toThrow(RangeError);
  });
});
