import { AppError } from '@jisr/errors';
import { SLOT_UNIT_MINUTES } from './availability';

const UNIT_MS = SLOT_UNIT_MINUTES * 60_000;

/** A meeting's claim on one unit of an advisor's time; its id is the storage's unique key. */
export interface SlotClaim {
  readonly id: string;
  readonly advisorId: string;
  readonly meetingId: string;
  readonly unit: string;
  readonly version: number;
}

export const claimId = (advisorId: string, unitStart: Date): string =>
  `${advisorId}@${unitStart.toISOString()}`;

/** Times on the booking grid start on a whole unit (in UTC, which every zone's quarter hours share here). */
export const requireOnGrid = (at: Date, field: string): void => {
  if (at.getTime() % UNIT_MS === 0) return;
  throw new AppError('MEETING.OFF_GRID', `The time must start on a ${SLOT_UNIT_MINUTES}-minute step.`, {
    status: 400,
    errors: [{ path: field, code: 'off_grid', message: `must start on a ${SLOT_UNIT_MINUTES}-minute step` }],
  });
};

/**
 * Every unit from the start to the end of the meeting plus the advisor's buffer. Two meetings
 * whose times (with buffers) overlap share a unit, so the second insert of that unit's claim is
 * refused by storage's unique key, whichever replica writes it.
 */
export function claimsFor(
  advisorId: string,
  meetingId: string,
  startsAt: Date,
  endsAt: Date,
  bufferMinutes: number,
): SlotClaim[] {
  const claims: SlotClaim[] = [];
  const until = endsAt.getTime() + bufferMinutes * 60_000;
  for (let at = startsAt.getTime(); at < until; at += UNIT_MS) {
    const unit = new Date(at);
    claims.push({ id: claimId(advisorId, unit), advisorId, meetingId, unit: unit.toISOString(), version: 0 });
  }
  return claims;
}
