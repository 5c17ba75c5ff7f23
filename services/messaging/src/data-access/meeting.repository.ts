import { versionedRepository, type CollectionSource } from '@jisr/storage';
import type { Meeting } from '../domain/meetings/meeting';
import type {
  CalendarFeed,
  CalendarFeedRepository,
  MeetingRepository,
  SlotClaimRepository,
} from '../domain/meetings/meeting-store.port';
import type { SlotClaim } from '../domain/meetings/slot-units';
import { PARTY_FIELD } from './collections';

export function meetingRepository(collection: CollectionSource): MeetingRepository {
  const meetings = versionedRepository<Meeting>(collection);
  return {
    ...meetings,
    ofIntroduction: (introductionId) => meetings.find({ introductionId }, { sort: { startsAt: 1 } }),
    busyOf: (advisorId, from, to) =>
      meetings.find({
        advisorId,
        status: 'scheduled',
        startsAt: { $lt: to.toISOString() },
        claimedUntil: { $gt: from.toISOString() },
      }),
    upcomingOf: (party, accountId, from, limit) =>
      meetings.find(
        { [PARTY_FIELD[party]]: accountId, status: 'scheduled', endsAt: { $gt: from.toISOString() } },
        { sort: { startsAt: 1 }, limit },
      ),
    reminderDue: (now, limit) =>
      meetings.find(
        { status: 'scheduled', reminderDueAt: { $lte: now.toISOString() } },
        { sort: { reminderDueAt: 1 }, limit },
      ),
  };
}

export function slotClaimRepository(collection: CollectionSource): SlotClaimRepository {
  const claims = versionedRepository<SlotClaim>(collection);
  return {
    // Inserted whatever their version says: a unit already claimed must fail as a duplicate.
    claim: async (toClaim) => {
      for (const claim of toClaim) await claims.save({ ...claim, version: 0 });
    },
    release: async (meetingId) => {
      await claims.removeWhere({ meetingId });
    },
  };
}

export function calendarFeedRepository(collection: CollectionSource): CalendarFeedRepository {
  const feeds = versionedRepository<CalendarFeed>(collection);
  return {
    ...feeds,
    byTokenHash: (tokenHash) => feeds.findOne({ tokenHash }),
    remove: (userId) => feeds.remove(userId),
  };
}
