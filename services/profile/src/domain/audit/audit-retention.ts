import type { Logger } from '@jisr/logger';
import type { ProfileContext } from '../profile-context';
import { pruneAuditLog } from './audit.use-case';

const EVERY_MS = 6 * 3_600_000;

/**
 * Prunes the audit log once at start (so a lowered retention applies at once) and then every six
 * hours. A failed run is logged and tried again at the next tick; pruning is never urgent.
 */
export async function startAuditRetention(
  ctx: ProfileContext,
  retentionDays: number,
  logger: Logger,
): Promise<{ stop(): Promise<void> }> {
  let running: Promise<void> = Promise.resolve();
  const run = async (): Promise<void> => {
    try {
      const pruned = await pruneAuditLog(ctx, retentionDays);
      if (pruned > 0) logger.info({ pruned, retentionDays }, 'audit records past retention pruned');
    } catch (error) {
      logger.warn({ err: error }, 'audit retention run failed; retrying at the next tick');
    }
  };
  await run();
  const timer = setInterval(() => {
    running = run();
  }, EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
