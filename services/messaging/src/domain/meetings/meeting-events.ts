import { makeEvent, TOPICS, type EventPayload } from '@jisr/contracts';
import type { Party } from '../introduction/introduction';
import type { MessagingTx } from '../messaging-store.port';
import type { Meeting } from './meeting';

type MeetingEventType =
  'meeting.scheduled' | 'meeting.rescheduled' | 'meeting.cancelled' | 'meeting.held' | 'meeting.no-show';

/** Writes the meeting's next event to the outbox; returns the meeting with its event version moved on. */
export async function emitMeetingEvent<T extends MeetingEventType>(
  tx: MessagingTx,
  meeting: Meeting,
  type: T,
  by: Party,
  now: Date,
  correlationId: string | undefined,
): Promise<Meeting> {
  const version = meeting.eventVersion + 1;
  const base = {
    meetingId: meeting.id,
    introductionId: meeting.introductionId,
    startupId: meeting.startupId,
    advisorId: meeting.advisorId,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    by,
  };
  const previous = meeting.changes.at(-1)?.previousStartsAt;
  const payload = (
    type === 'meeting.rescheduled' ? { ...base, previousStartsAt: previous } : base
  ) as EventPayload<T>;
  const event = makeEvent(type, {
    aggregateId: meeting.id,
    version,
    payload,
    occurredAt: now,
    correlationId,
  });
  await tx.outbox.append(TOPICS.meeting, [event]);
  return { ...meeting, eventVersion: version };
}
