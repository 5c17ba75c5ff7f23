import { forbidden } from '@jisr/errors';
import type { Account } from '../accounts/account';
import { newId } from '../ids';
import { unresponsiveNoticeText } from '../notices/notice';
import { ownerAccount } from '../people/owner-account';
import { emitPersonEvents } from '../people/person-events';
import type { Actor, ProfileContext, Trace } from '../profile-context';
import { profileNotFound } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { AdvisorProfile, PauseReason } from './advisor-profile';
import { viewAdvisor, type AdvisorView } from './advisor-view';

/**
 * Flips the pause switch and publishes `advisor.paused` / `advisor.resumed`. Pausing an advisor
 * already paused changes nothing, so repeated signals publish nothing new.
 */
async function switchPause(
  tx: ProfileTx,
  account: Account,
  profile: AdvisorProfile,
  pause: { paused: true; reason: PauseReason } | { paused: false },
  now: Date,
  trace: Trace,
): Promise<AdvisorProfile> {
  if (profile.pause.paused === pause.paused) return profile;
  const advisorId = profile.id;
  const next = pause.paused
    ? { paused: true, reason: pause.reason, since: now.toISOString() }
    : { paused: false, reason: null, since: null };
  const saved = await tx.advisors.save({ ...profile, pause: next, updatedAt: now.toISOString() });
  const event = pause.paused
    ? { type: 'advisor.paused' as const, payload: { advisorId, reason: pause.reason } }
    : { type: 'advisor.resumed' as const, payload: { advisorId } };
  await emitPersonEvents(tx, account, [event], now, trace);
  return saved;
}

const pausedByCouncil = () =>
  forbidden(
    'ADVISOR.PAUSED_BY_COUNCIL',
    'The council paused this advisor; only the council can resume them.',
  );

/** The advisor (reason `self`) or the council (reason `council`) switches "not taking new introductions". */
export async function setAdvisorPause(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  paused: boolean,
  trace: Trace,
): Promise<AdvisorView> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, advisorId, 'advisor');
    const profile = await tx.advisors.get(advisorId);
    if (profile === null) throw profileNotFound();
    if (!paused && profile.pause.reason === 'council' && actor.role !== 'council') throw pausedByCouncil();
    const reason = actor.role === 'council' ? 'council' : 'self';
    return viewAdvisor(
      await switchPause(tx, account, profile, paused ? { paused, reason } : { paused }, now, trace),
    );
  });
}

export type AdvisorActivity =
  | {
      readonly type: 'advisor.unresponsive';
      readonly advisorId: string;
      readonly introductionIds: readonly string[];
    }
  | { readonly type: 'advisor.paused'; readonly advisorId: string; readonly reason: PauseReason }
  | { readonly type: 'advisor.resumed'; readonly advisorId: string };

/**
 * What messaging observed about an advisor, applied inside the consumer's once-only transaction.
 * Unresponsive: pause them and tell the council. A self-pause or resume from the inbox flips the
 * switch here (profile owns it); a resume never lifts a council pause. An erased advisor is ignored.
 */
export async function applyAdvisorActivity(
  tx: ProfileTx,
  activity: AdvisorActivity,
  now: Date,
  trace: Trace,
): Promise<void> {
  const account = await tx.accounts.get(activity.advisorId);
  const profile = await tx.advisors.get(activity.advisorId);
  if (account === null || account.status === 'erased' || profile === null) return;
  if (activity.type === 'advisor.resumed') {
    if (profile.pause.reason !== 'council')
      await switchPause(tx, account, profile, { paused: false }, now, trace);
    return;
  }
  const reason = activity.type === 'advisor.unresponsive' ? 'unresponsive' : activity.reason;
  await switchPause(tx, account, profile, { paused: true, reason }, now, trace);
  if (activity.type === 'advisor.unresponsive') {
    await tx.notices.save({
      id: newId(now),
      version: 0,
      kind: 'advisor-unresponsive',
      advisorId: profile.id,
      introductionIds: [...activity.introductionIds],
      text: unresponsiveNoticeText(profile.displayName, activity.introductionIds.length),
      createdAt: now.toISOString(),
      readAt: null,
      readBy: null,
    });
  }
}
