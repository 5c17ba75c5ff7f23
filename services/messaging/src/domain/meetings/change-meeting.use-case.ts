import type { Actor } from '@jisr/auth';
import { AppError, forbidden } from '@jisr/errors';
import type { Party } from '../introduction/introduction';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { notify } from '../notification/notify';
import type { NotificationKind } from '../notification/notification';
import { asSlotTaken, slotUnavailable } from './book-meeting.use-case';
import { availabilityOf, busyAround, meetingFor } from './meeting-access';
import { emitMeetingEvent } from './meeting-events';
import { cancel, propose, recordOutcome, reschedule, type Meeting, type Outcome } from './meeting';
import { isFreeSlot } from './slot-generation';
import { claimsFor, requireOnGrid } from './slot-units';

const DAY_MS = 86_400_000;

interface Change {
  readonly meetingId: string;
  readonly correlationId?: string;
}

/** Loads the meeting as one of its parties, applies `work`, saves, and tells the other party. */
function changeMeeting(
  ctx: MessagingContext,
  actor: Actor,
  input: Change,
  kind: NotificationKind,
  work: (tx: MessagingTx, meeting: Meeting, party: Party, now: Date) => Promise<Meeting>,
): Promise<Meeting> {
  return ctx.store
    .transaction(async (tx) => {
      const { meeting, party } = await meetingFor(tx, input.meetingId, actor.sub);
      const now = ctx.clock.now();
      const changed = await work(tx, meeting, party, now);
      const other = party === 'startup' ? meeting.advisorId : meeting.startupId;
      await notify(tx, now, {
        userId: other,
        kind,
        introductionId: meeting.introductionId,
        meetingId: meeting.id,
      });
      return tx.meetings.save(changed);
    })
    .catch(asSlotTaken);
}

/**
 * Moves the meeting to a free slot, or — for the startup — to a time the advisor proposed. Its old
 * units are released and the new ones claimed in the same transaction.
 */
export function rescheduleMeeting(
  ctx: MessagingContext,
  actor: Actor,
  input: Change & { startsAt: Date; reason: string },
): Promise<Meeting> {
  requireOnGrid(input.startsAt, 'startsAt');
  return changeMeeting(ctx, actor, input, 'meeting.rescheduled', async (tx, meeting, party, now) => {
    const availability = await availabilityOf(tx, meeting.advisorId);
    const at = input.startsAt;
    const proposed = party === 'startup' && meeting.proposals.includes(at.toISOString());
    const busy = await busyAround(
      tx,
      meeting.advisorId,
      new Date(at.getTime() - DAY_MS),
      new Date(at.getTime() + DAY_MS),
      meeting.id,
    );
    if (!proposed && isFreeSlot(availability, busy, now, at) === null) throw slotUnavailable();
    const lengthMs = Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt);
    const endsAt = new Date(at.getTime() + lengthMs);
    const bufferMinutes = (Date.parse(meeting.claimedUntil) - Date.parse(meeting.endsAt)) / 60_000;
    await tx.slotClaims.release(meeting.id);
    await tx.slotClaims.claim(claimsFor(meeting.advisorId, meeting.id, at, endsAt, bufferMinutes));
    const moved = reschedule(
      meeting,
      {
        startsAt: at.toISOString(),
        endsAt: endsAt.toISOString(),
        claimedUntil: new Date(endsAt.getTime() + bufferMinutes * 60_000).toISOString(),
      },
      { by: party, reason: input.reason, at: now.toISOString() },
      now,
    );
    return emitMeetingEvent(tx, moved, 'meeting.rescheduled', party, now, input.correlationId);
  });
}

/** The advisor suggests other times; nothing moves until the startup picks one. */
export function proposeTimes(
  ctx: MessagingContext,
  actor: Actor,
  input: Change & { times: readonly Date[] },
): Promise<Meeting> {
  input.times.forEach((t, i) => requireOnGrid(t, `times.${i}`));
  return changeMeeting(ctx, actor, input, 'meeting.proposed', async (_tx, meeting, party, now) => {
    if (party !== 'advisor')
      throw forbidden('MEETING.ADVISOR_ONLY', 'Only the advisor proposes other times.');
    if (input.times.some((t) => t.getTime() <= now.getTime())) {
      throw new AppError('MEETING.TIME_PASSED', 'Proposed times must lie in the future.', {
        status: 400,
        errors: [{ path: 'times', code: 'in_past', message: 'must lie in the future' }],
      });
    }
    return propose(
      meeting,
      input.times.map((t) => t.toISOString()),
    );
  });
}

export function cancelMeeting(
  ctx: MessagingContext,
  actor: Actor,
  input: Change & { reason: string },
): Promise<Meeting> {
  return changeMeeting(ctx, actor, input, 'meeting.cancelled', async (tx, meeting, party, now) => {
    const cancelled = cancel(meeting, { by: party, reason: input.reason, at: now.toISOString() });
    await tx.slotClaims.release(meeting.id);
    return emitMeetingEvent(tx, cancelled, 'meeting.cancelled', party, now, input.correlationId);
  });
}

/** Records that the meeting was held or that someone did not come, with a note both sides see. */
export function recordMeetingOutcome(
  ctx: MessagingContext,
  actor: Actor,
  input: Change & { outcome: Outcome; note: string },
): Promise<Meeting> {
  return changeMeeting(ctx, actor, input, 'meeting.recorded', async (tx, meeting, party, now) => {
    const recorded = recordOutcome(
      meeting,
      { by: party, outcome: input.outcome, note: input.note, at: now.toISOString() },
      now,
    );
    if (meeting.status === recorded.status) return recorded;
    const type = input.outcome === 'held' ? 'meeting.held' : 'meeting.no-show';
    return emitMeetingEvent(tx, recorded, type, party, now, input.correlationId);
  });
}
