import type { Actor } from '@jisr/auth';
import type { Locale } from '@jisr/contracts';
import type { Party } from '../introduction/introduction';
import type { MessagingContext } from '../messaging-context';
import type { MessagingTx } from '../messaging-store.port';
import { preferredLocale } from './calendar-invite';
import { activeIntroductionFor, meetingFor } from './meeting-access';
import type { Meeting } from './meeting';

const asParty = (actor: Actor): Party | null =>
  actor.role === 'startup' || actor.role === 'advisor' ? actor.role : null;

/** A person's language for what messaging writes to them outside the app (invites, reminders). */
export async function localeOf(tx: MessagingTx, party: Party, accountId: string): Promise<Locale> {
  if (party === 'startup') return preferredLocale((await tx.startups.get(accountId))?.profile?.languages);
  return preferredLocale((await tx.advisors.get(accountId))?.profile?.languages);
}

export function getMeeting(
  ctx: MessagingContext,
  actor: Actor,
  meetingId: string,
): Promise<{ meeting: Meeting; locale: Locale }> {
  return ctx.store.transaction(async (tx) => {
    const { meeting, party } = await meetingFor(tx, meetingId, actor.sub);
    return { meeting, locale: await localeOf(tx, party, actor.sub) };
  });
}

/** Every meeting of one introduction, oldest first, for its two parties only. */
export function meetingsOfIntroduction(
  ctx: MessagingContext,
  actor: Actor,
  introductionId: string,
): Promise<Meeting[]> {
  return ctx.store.transaction(async (tx) => {
    const { intro } = await activeIntroductionFor(tx, introductionId, actor.sub).catch(async (error) => {
      // A completed introduction still shows its meetings; only strangers are refused.
      const intro = await tx.introductions.get(introductionId);
      if (intro === null || (intro.startupId !== actor.sub && intro.advisorId !== actor.sub)) throw error;
      return { intro };
    });
    return tx.meetings.ofIntroduction(intro.id);
  });
}

/** The caller's scheduled meetings that have not ended yet, soonest first. */
export function upcomingMeetings(ctx: MessagingContext, actor: Actor, limit: number): Promise<Meeting[]> {
  const party = asParty(actor);
  if (party === null) return Promise.resolve([]);
  return ctx.store.transaction((tx) => tx.meetings.upcomingOf(party, actor.sub, ctx.clock.now(), limit));
}
