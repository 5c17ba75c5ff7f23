import type { Actor } from '@jisr/auth';
import { createHash, randomBytes } from 'node:crypto';
import { forbidden, notFound } from '@jisr/errors';
import type { MessagingContext } from '../messaging-context';
import { meetingFeed } from './calendar-invite';
import { localeOf } from './meeting-queries.use-case';

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');
const FEED_SIZE = 200;

/** Issues a new private feed token for the caller; any earlier token stops working at once. */
export function issueCalendarFeed(ctx: MessagingContext, actor: Actor): Promise<{ token: string }> {
  if (actor.role === 'council') {
    return Promise.reject(forbidden('MEETING.PARTIES_ONLY', 'Only startups and advisors have meetings.'));
  }
  const party = actor.role;
  const token = randomBytes(32).toString('base64url');
  return ctx.store.transaction(async (tx) => {
    const current = await tx.calendarFeeds.get(actor.sub);
    await tx.calendarFeeds.save({
      id: actor.sub,
      party,
      tokenHash: hashOf(token),
      createdAt: ctx.clock.now().toISOString(),
      version: current?.version ?? 0,
    });
    return { token };
  });
}

export function revokeCalendarFeed(ctx: MessagingContext, actor: Actor): Promise<boolean> {
  return ctx.store.transaction((tx) => tx.calendarFeeds.remove(actor.sub));
}

/** The calendar behind a feed token: only its owner's upcoming meetings; a revoked token finds nothing. */
export function calendarFeed(ctx: MessagingContext, token: string): Promise<string> {
  return ctx.store.transaction(async (tx) => {
    const feed = await tx.calendarFeeds.byTokenHash(hashOf(token));
    if (feed === null) throw notFound('MEETING.FEED_NOT_FOUND', 'No such calendar feed.');
    const meetings = await tx.meetings.upcomingOf(feed.party, feed.id, ctx.clock.now(), FEED_SIZE);
    return meetingFeed(meetings, await localeOf(tx, feed.party, feed.id));
  });
}
