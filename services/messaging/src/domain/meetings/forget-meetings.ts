import type { Party } from '../introduction/introduction';
import type { MessagingTx } from '../messaging-store.port';
import { emitMeetingEvent } from './meeting-events';
import { cancel, type Meeting } from './meeting';

/** Blanks what the erased party wrote on a meeting; the other side's words and the facts stay. */
const forgetWords = (meeting: Meeting, party: Party): Meeting => ({
  ...meeting,
  agenda: meeting.bookedBy === party ? '' : meeting.agenda,
  changes: meeting.changes.map((c) => (c.by === party ? { ...c, reason: '' } : c)),
  outcomes: meeting.outcomes.map((o) => (o.by === party ? { ...o, note: '' } : o)),
});

/**
 * A person was erased: their meetings still ahead are cancelled (nobody will come), the advisor's
 * time is freed, their words are blanked, and their office hours and calendar feed are deleted.
 */
export async function forgetMeetingsOf(
  tx: MessagingTx,
  party: Party,
  accountId: string,
  introductionIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const introductionId of introductionIds) {
    for (const meeting of await tx.meetings.ofIntroduction(introductionId)) {
      let next = forgetWords(meeting, party);
      if (next.status === 'scheduled') {
        await tx.slotClaims.release(meeting.id);
        next = cancel(next, { by: party, reason: '', at: now.toISOString() });
        next = await emitMeetingEvent(tx, next, 'meeting.cancelled', party, now, undefined);
      }
      await tx.meetings.save(next);
    }
  }
  await tx.calendarFeeds.remove(accountId);
  if (party === 'advisor') {
    const hours = await tx.availability.get(accountId);
    if (hours !== null) await tx.availability.save({ ...hours, weekly: [], overrides: [] });
  }
}
