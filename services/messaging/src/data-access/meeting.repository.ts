import type { Meeting } from '../domain/meetings/meeting';
import type {
  CalendarFeed,
  CalendarFeedRepository,
  MeetingRepository,
  SlotClaimRepository,
} from '../domain/meetings/meeting-store.port';
import type { SlotClaim } from '../domain/meetings/slot-units';
import { PARTY_FIELD } from './collections';
import { toDoc, toEntity, versionedRepository, type CollectionOf } from './versioned.repository';

export function meetingRepository(collection: CollectionOf<Meeting>): MeetingRepository {
  const find = async (...args: Parameters<Awaited<ReturnType<CollectionOf<Meeting>>>['find']>) =>
    (await (await collection()).find(...args)).map((d) => toEntity<Meeting>(d));
  return {
    ...versionedRepository(collection),
    ofIntroduction: (introductionId) => find({ introductionId }, { sort: { startsAt: 1 } }),
    busyOf: (advisorId, from, to) =>
      find({
        advisorId,
        status: 'scheduled',
        startsAt: { $lt: to.toISOString() },
        claimedUntil: { $gt: from.toISOString() },
      }),
    upcomingOf: (party, accountId, from, limit) =>
      find(
        { [PARTY_FIELD[party]]: accountId, status: 'scheduled', endsAt: { $gt: from.toISOString() } },
        { sort: { startsAt: 1 }, limit },
      ),
    reminderDue: (now, limit) =>
      find(
        { status: 'scheduled', reminderDueAt: { $lte: now.toISOString() } },
        { sort: { reminderDueAt: 1 }, limit },
      ),
  };
}

export function slotClaimRepository(collection: CollectionOf<SlotClaim>): SlotClaimRepository {
  return {
    claim: async (claims) => {
      const c = await collection();
      for (const claim of claims) await c.insert(toDoc(claim));
    },
    release: async (meetingId) => {
      const c = await collection();
      for (const doc of await c.find({ meetingId })) await c.delete(doc._id);
    },
  };
}

export function calendarFeedRepository(collection: CollectionOf<CalendarFeed>): CalendarFeedRepository {
  return {
    ...versionedRepository(collection),
    byTokenHash: async (tokenHash) => {
      const doc = await (await collection()).findOne({ tokenHash });
      return doc === null ? null : toEntity<CalendarFeed>(doc);
    },
    remove: async (userId) => (await collection()).delete(userId),
  };
}
