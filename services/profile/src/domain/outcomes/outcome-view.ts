import { z } from 'zod';
import { outcomeReportSchema, type OutcomeCheckIn } from './outcome';

export const outcomeCheckInViewSchema = z.object({
  startupId: z.string(),
  quarter: z.string(),
  /** The current report: the last revision. */
  report: outcomeReportSchema,
  reportedAt: z.string(),
  revisions: z.array(
    z.object({ revision: z.number().int(), report: outcomeReportSchema, reportedAt: z.string() }),
  ),
});
export type OutcomeCheckInView = z.infer<typeof outcomeCheckInViewSchema>;

export const outcomeHistorySchema = z.object({
  startupId: z.string(),
  /** The last ended quarter, whose check-in reminders ask for; null for a startup that joined since. */
  due: z.object({ quarter: z.string(), missing: z.boolean() }).nullable(),
  /** Newest quarter first. */
  items: z.array(outcomeCheckInViewSchema),
});
export type OutcomeHistory = z.infer<typeof outcomeHistorySchema>;

export const viewCheckIn = (checkIn: OutcomeCheckIn): OutcomeCheckInView => {
  const current = checkIn.revisions.at(-1);
  if (current === undefined) throw new Error(`check-in ${checkIn.id} has no revision`);
  return {
    startupId: checkIn.startupId,
    quarter: checkIn.quarter,
    report: current.report,
    reportedAt: current.reportedAt,
    revisions: checkIn.revisions.map(({ revision, report, reportedAt }) => ({
      revision,
      report,
      reportedAt,
    })),
  };
};
