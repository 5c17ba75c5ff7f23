import { ConflictError } from '@jisr/errors';
import { DateTime } from 'luxon';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { notify } from '../notification/notify';
import { nextReminder, REMINDER_HOURS } from './meeting';

/**
 * Sends the reminders due now (24 h and 1 h before) to both parties. Like the deadline pass, each
 * meeting is claimed by a versioned write, so several instances never remind twice; when both are
 * due at once (a late booking or a pause), only the nearer one is sent.
 */
export async function runMeetingReminders(ctx: MessagingContext, batchSize = 100): Promise<number> {
  const now = ctx.clock.now();
  const due = await ctx.store.transaction((tx) => tx.meetings.reminderDue(now, batchSize));
  let sent = 0;
  for (const { id } of due) {
    try {
      if (await ctx.store.transaction((tx) => remind(tx, id, now))) sent += 1;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return sent;
}

async function remind(tx: MessagingTx, id: string, now: Date): Promise<boolean> {
  const meeting = await tx.meetings.get(id);
  if (meeting === null || meeting.status !== 'scheduled' || meeting.reminderDueAt === null) return false;
  if (Date.parse(meeting.reminderDueAt) > now.getTime()) return false;
  const start = Date.parse(meeting.startsAt);
  const dueNow = REMINDER_HOURS.filter(
    (h) => !meeting.remindersSent.includes(h) && start - h * 3_600_000 <= now.getTime(),
  );
  if (dueNow.length === 0) return false;
  const hours = Math.min(...dueNow);
  const remindersSent = [...meeting.remindersSent, ...dueNow];
  await tx.meetings.save({
    ...meeting,
    remindersSent,
    reminderDueAt: nextReminder(meeting.startsAt, now, remindersSent),
  });
  const recipients = [
    { userId: meeting.startupId, zone: meeting.startupTimeZone },
    { userId: meeting.advisorId, zone: meeting.advisorTimeZone },
  ];
  for (const { userId, zone } of recipients) {
    // Each person reads the start as a wall time in their own zone.
    const local = DateTime.fromISO(meeting.startsAt, { zone: 'utc' }).setZone(zone);
    await notify(tx, now, {
      userId,
      kind: 'meeting.reminder',
      introductionId: meeting.introductionId,
      meetingId: meeting.id,
      params: { hours, localHour: local.hour, localMinute: local.minute },
    });
  }
  return true;
}
