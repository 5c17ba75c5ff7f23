import type { Actor } from '@jisr/auth';
import { forbidden } from '@jisr/errors';
import { audited } from '../audit/audited-change';
import { newId } from '../ids';
import { unresponsiveNoticeText } from '../notices/notice';
import { emitPersonEvents, withSnapshotLast, type PersonEvent } from '../people/person-events';
import { changePersonProfile } from '../people/person-profile.use-case';
import type { ProfileContext, Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import type { AdvisorProfile, PauseReason } from './advisor-profile';
import { advisors } from './advisor.use-case';
import type { AdvisorView } from './advisor-view';

type PauseRequest = { paused: true; reason: PauseReason } | { paused: false };

/**
 * The switch flipped, with `advisor.paused` / `advisor.resumed`. Pausing an advisor already
 * paused (or resuming one who is not) returns the same profile and no event, so repeated signals
 * publish nothing new.
 */
function flipPause(
  profile: AdvisorProfile,
  request: PauseRequest,
  now: Date,
): { profile: AdvisorProfile; events: PersonEvent[] } {
  if (profile.pause.paused === request.paused) return { profile, events: [] };
  const advisorId = profile.id;
  if (!request.paused) {
    return {
      profile: { ...profile, pause: { paused: false, reason: null, since: null } },
      events: [{ type: 'advisor.resumed', payload: { advisorId } }],
    };
  }
  return {
    profile: { ...profile, pause: { paused: true, reason: request.reason, since: now.toISOString() } },
    events: [{ type: 'advisor.paused', payload: { advisorId, reason: request.reason } }],
  };
}

const pausedByCouncil = () =>
  forbidden(
    'ADVISOR.PAUSED_BY_COUNCIL',
    'The council paused this advisor; only the council can resume them.',
  );

/** The advisor (reason `self`) or the council (reason `council`) switches "not taking new introductions". */
export function setAdvisorPause(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  paused: boolean,
  trace: Trace,
): Promise<AdvisorView> {
  const flip = async (profile: AdvisorProfile, _tx: ProfileTx, now: Date) => {
    if (!paused && profile.pause.reason === 'council' && actor.role !== 'council') throw pausedByCouncil();
    const reason = actor.role === 'council' ? 'council' : 'self';
    return flipPause(profile, paused ? { paused, reason } : { paused }, now);
  };
  // The advisor's own switch is theirs to flip; the council's flip is a staff action.
  const action = paused ? 'advisor.pause' : 'advisor.resume';
  const change = actor.role === 'council' ? audited(actor, action, 'advisor', flip) : flip;
  return changePersonProfile(advisors, ctx, actor, advisorId, trace, change);
}

export type AdvisorActivity =
  | {
      readonly type: 'advisor.unresponsive';
      readonly advisorId: string;
      readonly introductionIds: readonly string[];
    }
  | { readonly type: 'advisor.paused'; readonly advisorId: string; readonly reason: PauseReason }
  | { readonly type: 'advisor.resumed'; readonly advisorId: string };

const requestOf = (activity: AdvisorActivity, current: AdvisorProfile): PauseRequest | null => {
  switch (activity.type) {
    case 'advisor.unresponsive':
      return { paused: true, reason: 'unresponsive' };
    case 'advisor.paused':
      return { paused: true, reason: activity.reason };
    case 'advisor.resumed':
      // Resuming from the inbox never lifts a pause the council set.
      return current.pause.reason === 'council' ? null : { paused: false };
  }
};

/**
 * What messaging observed about an advisor, applied inside the consumer's once-only transaction.
 * Unresponsive: pause them and tell the council. A self-pause or resume from the inbox flips the
 * switch here, since profile owns it. An erased or unknown advisor is ignored.
 */
export async function applyAdvisorActivity(
  tx: ProfileTx,
  activity: AdvisorActivity,
  now: Date,
  trace: Trace,
): Promise<void> {
  const account = await tx.accounts.get(activity.advisorId);
  const before = await tx.advisors.get(activity.advisorId);
  if (account === null || account.status === 'erased' || before === null) return;
  const request = requestOf(activity, before);
  const { profile, events } =
    request === null ? { profile: before, events: [] } : flipPause(before, request, now);
  const saved =
    profile === before ? before : await tx.advisors.save({ ...profile, updatedAt: now.toISOString() });
  await emitPersonEvents(
    tx,
    account,
    withSnapshotLast(events, () => advisors.upserted(saved)),
    now,
    trace,
  );
  if (activity.type !== 'advisor.unresponsive') return;
  await tx.notices.save({
    id: newId(now),
    version: 0,
    kind: 'advisor-unresponsive',
    advisorId: before.id,
    introductionIds: [...activity.introductionIds],
    text: unresponsiveNoticeText(before.displayName, activity.introductionIds.length),
    createdAt: now.toISOString(),
    readAt: null,
    readBy: null,
  });
}
