import { isAppError } from '@jisr/errors';
import type { Logger } from '@jisr/logger';
import type { Redis } from 'ioredis';
import { cacheCommandFailed, cacheUnavailable } from './cache-errors';

// Statuses of a connection still making its first (or next) attempt, worth a short wait.
const CONNECTING = new Set(['wait', 'connecting', 'connect']);

// Commands that arrive while a connection is being made share one wait instead of one listener each.
const pendingReady = new WeakMap<Redis, Promise<void>>();

/**
 * Resolves when `connection` is ready. A connection that is still connecting gets up to `timeoutMs`;
 * one that is reconnecting after a loss fails at once, so an outage costs callers no waiting.
 */
export function readyWithin(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  if (!CONNECTING.has(connection.status)) {
    return Promise.reject(cacheUnavailable(new Error(`Redis connection is ${connection.status}`)));
  }
  const pending = pendingReady.get(connection);
  if (pending !== undefined) return pending;
  const created = waitForReady(connection, timeoutMs).finally(() => {
    if (pendingReady.get(connection) === created) pendingReady.delete(connection);
  });
  pendingReady.set(connection, created);
  return created;
}

function waitForReady(connection: Redis, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: Error): void => {
      clearTimeout(timer);
      connection.off('ready', onReady).off('reconnecting', onFailed).off('end', onFailed);
      if (error === undefined) resolve();
      else reject(cacheUnavailable(error));
    };
    const onReady = (): void => settle();
    // A refused or dropped attempt will not turn ready soon: fail now rather than at the timeout.
    const onFailed = (): void => settle(new Error(`Redis connection attempt failed (${connection.status})`));
    const timer = setTimeout(
      () => settle(new Error(`Redis not ready within ${timeoutMs} ms (${connection.status})`)),
      timeoutMs,
    );
    connection.once('ready', onReady).once('reconnecting', onFailed).once('end', onFailed);
  });
}

/** Runs one command once the connection is ready; every failure leaves as an AppError. */
export async function runCommand<T>(
  connection: Redis,
  timeoutMs: number,
  command: () => Promise<T>,
): Promise<T> {
  await readyWithin(connection, timeoutMs);
  try {
    return await command();
  } catch (error) {
    if (isAppError(error)) throw error;
    // The server answered with an error: a bug of ours. Anything else (timeout, closed socket) is an outage.
    throw error instanceof Error && error.name === 'ReplyError'
      ? cacheCommandFailed(error)
      : cacheUnavailable(error);
  }
}

/** Logs each change between up and down once, instead of one line per failed reconnect attempt. */
export function reportConnectionState(connection: Redis, role: string, logger: Logger): void {
  let state: 'up' | 'down' | undefined;
  connection.on('ready', () => {
    if (state === 'down') logger.info({ role }, 'redis connection restored');
    state = 'up';
  });
  connection.on('error', (error: Error) => {
    if (state !== 'down') logger.warn({ err: error, role }, 'redis connection lost');
    state = 'down';
  });
}

/** QUIT when possible so replies in flight arrive; then drop the socket whatever happened. */
export async function closeConnection(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === 'ready') {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([connection.quit().catch(() => undefined), deadline]);
    clearTimeout(timer);
  }
  connection.disconnect();
}
