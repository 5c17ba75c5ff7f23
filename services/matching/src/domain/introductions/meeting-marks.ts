import type { EventOf } from '@jisr/contracts';
import type { IntroductionRecord } from './introduction';
import type { MeetingMark, MeetingMarkStatus } from './meeting-mark';

export type MeetingEvent = EventOf<
  'meeting.scheduled' | 'meeting.rescheduled' | 'meeting.cancelled' | 'meeting.held' | 'meeting.no-show'
>;

const STATUS_OF: Record<MeetingEvent['type'], MeetingMarkStatus> = {
  'meeting.scheduled': 'scheduled',
  'meeting.rescheduled': 'scheduled',
  'meeting.cancelled': 'cancelled',
  'meeting.held': 'held',
  'meeting.no-show': 'no-show',
};

/** Records stored before meetings existed have none. */
export const meetingsOf = (record: Pick<IntroductionRecord, 'meetings'>): readonly MeetingMark[] =>
  record.meetings ?? [];

/**
 * Moves the introduction's mark of one meeting by a `meeting.v1` event. Events of one meeting come
 * in order on its key; an older version (a redelivery after a newer one) changes nothing.
 */
export const applyMeetingEvent = (
  record: IntroductionRecord,
  event: MeetingEvent,
): IntroductionRecord | null => {
  const marks = meetingsOf(record);
  const current = marks.find((m) => m.id === event.payload.meetingId);
  if (current !== undefined && current.eventVersion >= event.version) return null;
  const mark: MeetingMark = {
    id: event.payload.meetingId,
    startsAt: event.payload.startsAt,
    status: STATUS_OF[event.type],
    eventVersion: event.version,
  };
  const meetings = [...marks.filter((m) => m.id !== mark.id), mark].sort((a, b) =>
    a.startsAt.localeCompare(b.startsAt),
  );
  return { ...record, meetings };
};

/** Meetings that were arranged and not called off: scheduled or held (a no-show still counts as arranged). */
export const arrangedMeetings = (record: IntroductionRecord): readonly MeetingMark[] =>
  meetingsOf(record).filter((m) => m.status !== 'cancelled');

export const hasMet = (record: IntroductionRecord): boolean =>
  meetingsOf(record).some((m) => m.status === 'held');

/** The start of the first arranged meeting, the pipeline's "time to first meeting" end point. */
export const firstMeetingAt = (record: IntroductionRecord): string | null =>
  arrangedMeetings(record)[0]?.startsAt ?? null;
