import type { VersionedRepository } from '@jisr/storage';
import type { Party } from '../introduction/introduction';
import type { Availability } from './availability';
import type { Meeting } from './meeting';
import type { SlotClaim } from './slot-units';

export interface MeetingRepository extends VersionedRepository<Meeting> {
  ofIntroduction(introductionId: string): Promise<Meeting[]>;
  /** The advisor's scheduled meetings whose claimed time overlaps [from, to). */
  busyOf(advisorId: string, from: Date, to: Date): Promise<Meeting[]>;
  /** One party's meetings that end after `from`, soonest first. */
  upcomingOf(party: Party, accountId: string, from: Date, limit: number): Promise<Meeting[]>;
  /** Scheduled meetings with a reminder due at or before `now`. */
  reminderDue(now: Date, limit: number): Promise<Meeting[]>;
}

export interface SlotClaimRepository {
  /** Inserts every claim; one already held by another meeting fails the whole transaction. */
  claim(claims: readonly SlotClaim[]): Promise<void>;
  release(meetingId: string): Promise<void>;
}

/** A person's private calendar feed: only the token's hash is kept, so a leaked database reveals no feed URL. */
export interface CalendarFeed {
  readonly id: string;
  readonly party: Party;
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly version: number;
}

export interface CalendarFeedRepository extends VersionedRepository<CalendarFeed> {
  byTokenHash(tokenHash: string): Promise<CalendarFeed | null>;
  remove(userId: string): Promise<boolean>;
}

/** The meeting repositories a transaction offers (part of `MessagingTx`). */
export interface MeetingTx {
  readonly meetings: MeetingRepository;
  readonly availability: VersionedRepository<Availability>;
  readonly slotClaims: SlotClaimRepository;
  readonly calendarFeeds: CalendarFeedRepository;
}
