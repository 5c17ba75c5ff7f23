import type { Logger } from '@jisr/logger';
import { startPeriodicPasses, type PeriodicPasses } from '@jisr/platform-adapters';
import { remindMissingCheckIns } from '../../domain/outcomes/outcome-reminders.use-case';
import type { ProfileContext } from '../../domain/profile-context';

/** Passes answer how many reminders they sent. */
export type OutcomeReminderScheduler = PeriodicPasses<number>;

/** Looks for missing quarterly check-ins on a timer; what is due comes from storage and the clock. */
export const startOutcomeReminders = (
  ctx: ProfileContext,
  intervalMs: number,
  logger: Logger,
): OutcomeReminderScheduler =>
  startPeriodicPasses(() => remindMissingCheckIns(ctx), {
    intervalMs,
    logger,
    name: 'outcome reminder pass',
    report: (sent) => (sent > 0 ? { sent } : undefined),
  });
