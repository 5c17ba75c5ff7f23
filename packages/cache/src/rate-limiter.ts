import type { Cache } from './cache.port';

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  readonly max: number;
  readonly windowSeconds: number;
  /** Namespace of the counters; limiters with different rules need different prefixes. */
  readonly prefix?: string;
}

export interface RateLimitDecision {
  readonly allowed: boolean;
  /** 0 when allowed; else seconds until the window ends (at least 1), for `Retry-After`. */
  readonly retryAfterSeconds: number;
  readonly remaining: number;
}

export interface RateLimiter {
  consume(key: string): Promise<RateLimitDecision>;
}

/**
 * A fixed-window limiter on the cache's counters: shared by every instance when the cache is Redis.
 * Chosen over a sliding window because one INCR per request is all it costs.
 */
export function createRateLimiter(
  cache: Cache,
  { max, windowSeconds, prefix = 'rate-limit:' }: RateLimitOptions,
): RateLimiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
    throw new RangeError(`windowSeconds must be a positive integer, got ${windowSeconds}`);
  }
  return {
    async consume(key) {
      const counter = `${prefix}${key}`;
      const count = await cache.incr(counter, windowSeconds);
      if (count <= max) return { allowed: true, retryAfterSeconds: 0, remaining: max - count };
      const secondsLeft = await cache.ttl(counter);
      return { allowed: false, retryAfterSeconds: secondsLeft > 0 ? secondsLeft : 1, remaining: 0 };
    },
  };
}
