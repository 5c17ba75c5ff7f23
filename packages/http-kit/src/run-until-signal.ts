import type { Logger } from '@jisr/logger';

export interface RunOptions {
  /** A stop that takes longer than this exits 1, so an orchestrator is never left waiting. */
  readonly stopTimeoutMs?: number;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * For `start.ts`: on SIGTERM/SIGINT runs `stop()` once and exits 0; a second signal exits 1 at once.
 * An uncaught exception or unhandled rejection is logged as fatal, then stop() and exit 1.
 */
export function runUntilSignal(
  stop: () => Promise<void>,
  logger: Logger,
  { stopTimeoutMs = 15_000 }: RunOptions = {},
): void {
  let stopping = false;

  const shutdown = async (reason: string, exitCode: number): Promise<void> => {
    stopping = true;
    logger.info({ reason }, 'stopping');
    const deadline = setTimeout(() => {
      logger.error({ stopTimeoutMs }, 'stop did not finish in time');
      process.exit(1);
    }, stopTimeoutMs);
    deadline.unref();
    try {
      await stop();
      logger.info('stopped');
      process.exit(exitCode);
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      process.exit(1);
    }
  };

  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, 'second signal while stopping; exiting now');
        process.exit(1);
      }
      void shutdown(signal, 0);
    });
  }

  const fatal = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error }, kind);
    if (stopping) process.exit(1);
    void shutdown(kind, 1);
  };
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled rejection'));
}
