import { AppError } from '@jisr/errors';

/** Redis is down, unreachable or too slow: callers may degrade (fail open), the edge answers 503. */
export const cacheUnavailable = (cause: unknown): AppError =>
  new AppError('CACHE.UNAVAILABLE', 'The cache is not available right now.', { status: 503, cause });

/** The server answered with an error (wrong type, not a counter): a bug, not an outage. */
export const cacheCommandFailed = (cause: unknown): AppError =>
  new AppError('CACHE.COMMAND_FAILED', 'A cache command was refused.', { status: 500, cause });

/** Both adapters refuse what Redis refuses, so the memory cache cannot hide a bad TTL in tests. */
export function assertTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw cacheCommandFailed(
      new RangeError(`TTL must be a positive whole number of seconds, got ${ttlSeconds}`),
    );
  }
}
