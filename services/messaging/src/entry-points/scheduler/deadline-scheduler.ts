import type { Logger } from '@jisr/logger';
import type { MessagingContext } from '../../domain/messaging-context';
import { runDeadlines, type DeadlineRun } from '../../domain/introduction/run-deadlines.use-case';
import { runMeetingReminders } from '../../domain/meetings/meeting-reminders.use-case';

/** One pass: introduction deadlines, then meeting reminders (24 h and 1 h before). */
export interface SchedulerRun extends DeadlineRun {
  readonly meetingReminders: number;
}

export interface DeadlineScheduler {
  /** One pass now (what the timer does); passes never overlap within one instance. */
  tick(): Promise<SchedulerRun>;
  stop(): Promise<void>;
}

/**
 * Drives reminders and expiry on a timer. It holds no state of its own — what is due is read from
 * storage each pass — so a restart loses nothing and several instances may run side by side.
 */
export function startDeadlineScheduler(
  ctx: MessagingContext,
  intervalMs: number,
  logger: Logger,
): DeadlineScheduler {
  let chain: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<SchedulerRun> => {
    const pass = chain.then(async () => {
      const deadlines = await runDeadlines(ctx);
      return { ...deadlines, meetingReminders: await runMeetingReminders(ctx) };
    });
    chain = pass.catch(() => undefined);
    return pass;
  };
  const timer = setInterval(() => {
    tick().then(
      (run) => {
        if (run.expired + run.reminded + run.meetingReminders > 0) logger.info(run, 'deadline pass');
      },
      (error: unknown) => logger.error({ err: error }, 'deadline pass failed; retrying on the next one'),
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
