import { visibleText } from '@jisr/contracts';
import { AppError } from '@jisr/errors';
import { z } from 'zod';
import type { Party } from '../introduction/introduction';

export const MEETING_STATUSES = ['scheduled', 'cancelled', 'held', 'no-show'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const OUTCOMES = ['held', 'no-show'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** In person at a business development centre, or online at a link. */
export const meetingPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('centre'), centre: visibleText({ kind: 'name', max: 200 }) }).strict(),
  z
    .object({
      kind: z.literal('online'),
      url: z.url({ protocol: /^https$/, error: 'must be an https link' }).max(500),
    })
    .strict(),
]);
export type MeetingPlace = z.infer<typeof meetingPlaceSchema>;

export interface Change {
  readonly by: Party;
  readonly reason: string;
  readonly at: string;
  readonly previousStartsAt?: string;
}

export interface OutcomeRecord {
  readonly by: Party;
  readonly outcome: Outcome;
  readonly note: string;
  readonly at: string;
}

/** One meeting of an accepted introduction; times are instants, each person's zone kept beside them. */
export interface Meeting {
  readonly id: string;
  readonly introductionId: string;
  readonly startupId: string;
  readonly advisorId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  /** End of the advisor's time this meeting holds: its end plus the buffer at booking. */
  readonly claimedUntil: string;
  readonly advisorTimeZone: string;
  readonly startupTimeZone: string;
  readonly agenda: string;
  readonly place: MeetingPlace;
  readonly status: MeetingStatus;
  readonly bookedBy: Party;
  readonly bookedAt: string;
  /** Other times the advisor suggests; the startup may move the meeting to one of them. */
  readonly proposals: readonly string[];
  readonly changes: readonly Change[];
  readonly outcomes: readonly OutcomeRecord[];
  /** iCalendar SEQUENCE: raised by every change attendees' calendars must apply. */
  readonly sequence: number;
  /** Reminders still to send, as the instants they are due (24 h and 1 h before). */
  readonly reminderDueAt: string | null;
  readonly remindersSent: readonly number[];
  readonly eventVersion: number;
  readonly version: number;
}

export const REMINDER_HOURS = [24, 1] as const;

/** The next reminder after `now`, if any is still ahead of the meeting. */
export const nextReminder = (startsAt: string, now: Date, sent: readonly number[]): string | null => {
  const start = Date.parse(startsAt);
  const due = REMINDER_HOURS.filter((h) => !sent.includes(h))
    .map((h) => start - h * 3_600_000)
    .filter((at) => at > now.getTime());
  return due.length === 0 ? null : new Date(Math.min(...due)).toISOString();
};

const notScheduled = (meeting: Meeting, action: string): AppError =>
  new AppError('MEETING.NOT_SCHEDULED', `The meeting is ${meeting.status}; it cannot be ${action}.`, {
    status: 409,
  });

export function reschedule(
  meeting: Meeting,
  to: { startsAt: string; endsAt: string; claimedUntil: string },
  change: Omit<Change, 'previousStartsAt'>,
  now: Date,
): Meeting {
  if (meeting.status !== 'scheduled') throw notScheduled(meeting, 'rescheduled');
  return {
    ...meeting,
    ...to,
    proposals: [],
    changes: [...meeting.changes, { ...change, previousStartsAt: meeting.startsAt }],
    sequence: meeting.sequence + 1,
    remindersSent: [],
    reminderDueAt: nextReminder(to.startsAt, now, []),
  };
}

export function propose(meeting: Meeting, times: readonly string[]): Meeting {
  if (meeting.status !== 'scheduled') throw notScheduled(meeting, 'given other times');
  return { ...meeting, proposals: [...times] };
}

export function cancel(meeting: Meeting, change: Change): Meeting {
  if (meeting.status !== 'scheduled') throw notScheduled(meeting, 'cancelled');
  return {
    ...meeting,
    status: 'cancelled',
    proposals: [],
    changes: [...meeting.changes, change],
    sequence: meeting.sequence + 1,
    reminderDueAt: null,
  };
}

/**
 * After its start, either side records what happened with a note both see. The first record sets
 * the status; the other side may add its own note to the same outcome, but not contradict it.
 */
export function recordOutcome(meeting: Meeting, record: OutcomeRecord, now: Date): Meeting {
  if (now.getTime() < Date.parse(meeting.startsAt)) {
    throw new AppError('MEETING.NOT_STARTED', 'A meeting can be recorded only after it has started.', {
      status: 409,
    });
  }
  const settled = meeting.status === 'held' || meeting.status === 'no-show';
  if (meeting.status === 'cancelled' || (settled && meeting.status !== record.outcome)) {
    throw notScheduled(meeting, `recorded as ${record.outcome}`);
  }
  if (meeting.outcomes.some((o) => o.by === record.by)) {
    throw new AppError('MEETING.OUTCOME_RECORDED', 'You have already recorded this meeting.', {
      status: 409,
    });
  }
  return { ...meeting, status: record.outcome, reminderDueAt: null, outcomes: [...meeting.outcomes, record] };
}
