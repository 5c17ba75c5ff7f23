import { AppError, notFound, visibleOrMissing } from '@jisr/errors';
import { introductionFor } from '../introduction/introduction-access';
import { partyOf, type Introduction, type Party } from '../introduction/introduction';
import type { MessagingTx } from '../messaging-store.port';
import { noAvailability, type Availability } from './availability';
import type { Meeting } from './meeting';

/** Meetings belong to an accepted introduction: only its two parties learn that one exists. */
export async function activeIntroductionFor(
  tx: MessagingTx,
  introductionId: string,
  accountId: string,
): Promise<{ intro: Introduction; party: Party }> {
  const found = await introductionFor(tx, introductionId, accountId);
  if (found.intro.status !== 'accepted') {
    throw new AppError(
      'MEETING.INTRODUCTION_NOT_ACTIVE',
      `Meetings are arranged in an accepted introduction; this one is ${found.intro.status}.`,
      { status: 409 },
    );
  }
  return found;
}

/** Loads a meeting for one of its parties; anyone else is told it does not exist. */
export async function meetingFor(
  tx: MessagingTx,
  meetingId: string,
  accountId: string,
): Promise<{ meeting: Meeting; party: Party }> {
  const meeting = await tx.meetings.get(meetingId);
  const party = meeting === null ? null : partyOf(meeting, accountId);
  visibleOrMissing(meeting !== null && party !== null, () =>
    notFound('MEETING.NOT_FOUND', 'No such meeting.'),
  );
  return { meeting, party };
}

/** Time zones come from the profiles; UTC only when a profile has not arrived yet. */
export async function zonesOf(
  tx: MessagingTx,
  intro: Pick<Introduction, 'startupId' | 'advisorId'>,
): Promise<{ startup: string; advisor: string }> {
  const [startup, advisor] = await Promise.all([
    tx.startups.get(intro.startupId),
    tx.advisors.get(intro.advisorId),
  ]);
  return { startup: startup?.profile?.timeZone ?? 'UTC', advisor: advisor?.profile?.timeZone ?? 'UTC' };
}

export async function availabilityOf(tx: MessagingTx, advisorId: string): Promise<Availability> {
  const stored = await tx.availability.get(advisorId);
  if (stored !== null) return stored;
  const advisor = await tx.advisors.get(advisorId);
  return noAvailability(advisorId, advisor?.profile?.timeZone ?? 'UTC');
}

/** The advisor's booked time (with buffers) around `at`, leaving out `except` (the meeting being moved). */
export async function busyAround(
  tx: MessagingTx,
  advisorId: string,
  from: Date,
  to: Date,
  except: string | null = null,
): Promise<{ startsAt: string; endsAt: string }[]> {
  const meetings = await tx.meetings.busyOf(advisorId, from, to);
  return meetings
    .filter((m) => m.id !== except)
    .map((m) => ({ startsAt: m.startsAt, endsAt: m.claimedUntil }));
}
