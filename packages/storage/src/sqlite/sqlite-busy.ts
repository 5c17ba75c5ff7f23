import { AppError } from '@jisr/errors';

const isBusy = (error: unknown): boolean => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

/**
 * Runs one synchronous step, waiting while another connection holds the file's write lock.
 * better-sqlite3's own busy timeout waits by blocking the thread: that freezes the whole process,
 * and when the lock holder is another handle in this same process (whose transaction awaits), it
 * waits for something that cannot happen. So the driver's timeout stays 0 and the waiting
 * happens here, between event-loop turns, with a short backoff. `work` must be safe to repeat:
 * a busy statement has not changed anything.
 */
export const retryWhileBusy = async <R>(work: () => R, timeoutMs: number): Promise<R> => {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= deadline) {
        throw new AppError('STORAGE.BUSY', 'The database stayed locked by another connection.', {
          status: 503,
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 50)));
    }
  }
};
