import type { Logger } from '@jisr/logger';
import { remindMissingCheckIns } from '../../domain/outcomes/outcome-reminders.use-case';
import type { ProfileContext } from '../../domain/profile-context';

export interface OutcomeReminderScheduler {
  /** One pass now (what the timer does); passes never overlap within one instance. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Looks for missing quarterly check-ins on a timer. What is due comes from storage and the clock
 * on each pass, so a restart loses nothing and replicas may run side by side.
 */
export function startOutcomeReminders(
  ctx: ProfileContext,
  intervalMs: number,
  logger: Logger,
): OutcomeReminderScheduler {
  let chain: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<number> => {
    const pass = chain.then(() => remindMissingCheckIns(ctx));
    chain = pass.catch(() => undefined);
    return pass;
  };
  const timer = setInterval(() => {
    tick().then(
      (sent) => {
        if (sent > 0) logger.info({ sent }, 'outcome check-in reminders sent');
      },
      (error: unknown) =>
        logger.error({ err: error }, 'outcome reminder pass failed; retrying on the next one'),
    );
  }, intervalMs);
  timer.unref();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await chain;
    },
  };
}
