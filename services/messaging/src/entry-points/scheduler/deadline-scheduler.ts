import type { Logger } from '@jisr/logger';
import { startPeriodicPasses, type PeriodicPasses } from '@jisr/platform-adapters';
import type { MessagingContext } from '../../domain/messaging-context';
import { runDeadlines, type DeadlineRun } from '../../domain/introduction/run-deadlines.use-case';
import { runMeetingReminders } from '../../domain/meetings/meeting-reminders.use-case';

/** One pass: introduction deadlines, then meeting reminders (24 h and 1 h before). */
export interface SchedulerRun extends DeadlineRun {
  readonly meetingReminders: number;
}

export type DeadlineScheduler = PeriodicPasses<SchedulerRun>;

/** Drives reminders and expiry on a timer; what is due is read from storage on each pass. */
export const startDeadlineScheduler = (
  ctx: MessagingContext,
  intervalMs: number,
  logger: Logger,
): DeadlineScheduler =>
  startPeriodicPasses(
    async () => ({ ...(await runDeadlines(ctx)), meetingReminders: await runMeetingReminders(ctx) }),
    {
      intervalMs,
      logger,
      name: 'deadline pass',
      report: (run) => (run.expired + run.reminded + run.meetingReminders > 0 ? { ...run } : undefined),
    },
  );
