import type { Actor } from '@jisr/auth';
import { randomUUID } from 'node:crypto';
import { AppError, ConflictError } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import { notify } from '../notification/notify';
import { emitMeetingEvent } from './meeting-events';
import { activeIntroductionFor, availabilityOf, busyAround, zonesOf } from './meeting-access';
import { nextReminder, type Meeting, type MeetingPlace } from './meeting';
import { freeSlots, isFreeSlot, type Slot, type SlotWindow } from './slot-generation';
import { claimsFor, requireOnGrid } from './slot-units';

const DAY_MS = 86_400_000;

export interface SlotList {
  readonly advisorTimeZone: string;
  readonly startupTimeZone: string;
  readonly meetingMinutes: number;
  readonly slots: readonly Slot[];
}

/** The advisor's free slots for one of their accepted introductions, with both parties' zones. */
export function listSlots(
  ctx: MessagingContext,
  actor: Actor,
  introductionId: string,
  window: SlotWindow,
): Promise<SlotList> {
  return ctx.store.transaction(async (tx) => {
    const { intro } = await activeIntroductionFor(tx, introductionId, actor.sub);
    const availability = await availabilityOf(tx, intro.advisorId);
    const zones = await zonesOf(tx, intro);
    const busy = await busyAround(tx, intro.advisorId, new Date(window.from.getTime() - DAY_MS), window.to);
    return {
      advisorTimeZone: availability.timeZone,
      startupTimeZone: zones.startup,
      meetingMinutes: availability.meetingMinutes,
      slots: freeSlots(availability, busy, ctx.clock.now(), window),
    };
  });
}

/** Someone else's claim on a unit won: the storage refused the second writer. */
export const slotTaken = (cause: unknown): AppError =>
  new AppError('MEETING.SLOT_TAKEN', 'This time has just been booked by someone else.', {
    status: 409,
    cause,
  });

export const slotUnavailable = (): AppError =>
  new AppError('MEETING.SLOT_UNAVAILABLE', 'The advisor is not available at this time.', {
    status: 409,
    errors: [{ path: 'startsAt', code: 'unavailable', message: 'is not one of the free slots' }],
  });

/** A unit claimed twice surfaces as a duplicate key, whichever check passed before it. */
export const asSlotTaken = (error: unknown): never => {
  if (error instanceof ConflictError && error.reason === 'duplicate') throw slotTaken(error);
  throw error;
};

export interface BookingInput {
  readonly introductionId: string;
  readonly startsAt: Date;
  readonly agenda: string;
  readonly place: MeetingPlace;
  readonly correlationId?: string;
}

/**
 * Books a free slot. The slot check gives a clear answer in the common case; what guarantees that
 * two bookings never share the advisor's time is the claim of every unit under storage's unique key.
 */
export function bookMeeting(ctx: MessagingContext, actor: Actor, input: BookingInput): Promise<Meeting> {
  requireOnGrid(input.startsAt, 'startsAt');
  return ctx.store
    .transaction(async (tx) => {
      const { intro, party } = await activeIntroductionFor(tx, input.introductionId, actor.sub);
      const now = ctx.clock.now();
      const availability = await availabilityOf(tx, intro.advisorId);
      const around = {
        from: new Date(input.startsAt.getTime() - DAY_MS),
        to: new Date(input.startsAt.getTime() + DAY_MS),
      };
      const busy = await busyAround(tx, intro.advisorId, around.from, around.to);
      const slot = isFreeSlot(availability, busy, now, input.startsAt);
      if (slot === null) throw slotUnavailable();
      const zones = await zonesOf(tx, intro);
      const id = randomUUID();
      const claimedUntil = new Date(Date.parse(slot.endsAt) + availability.bufferMinutes * 60_000);
      await tx.slotClaims.claim(
        claimsFor(intro.advisorId, id, input.startsAt, new Date(slot.endsAt), availability.bufferMinutes),
      );
      const meeting: Meeting = {
        id,
        introductionId: intro.id,
        startupId: intro.startupId,
        advisorId: intro.advisorId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        claimedUntil: claimedUntil.toISOString(),
        advisorTimeZone: availability.timeZone,
        startupTimeZone: zones.startup,
        agenda: input.agenda,
        place: input.place,
        status: 'scheduled',
        bookedBy: party,
        bookedAt: now.toISOString(),
        proposals: [],
        changes: [],
        outcomes: [],
        sequence: 0,
        reminderDueAt: nextReminder(slot.startsAt, now, []),
        remindersSent: [],
        eventVersion: 0,
        version: 0,
      };
      const published = await emitMeetingEvent(
        tx,
        meeting,
        'meeting.scheduled',
        party,
        now,
        input.correlationId,
      );
      const other = party === 'startup' ? intro.advisorId : intro.startupId;
      await notify(tx, now, {
        userId: other,
        kind: 'meeting.scheduled',
        introductionId: intro.id,
        meetingId: id,
      });
      return tx.meetings.save(published);
    })
    .catch(asSlotTaken);
}
