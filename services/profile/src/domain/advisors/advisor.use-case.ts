import { assertCouncil } from '../people/access';
import {
  changePersonProfile,
  personUseCases,
  savePersonProfile,
  type PersonKind,
} from '../people/person-profile.use-case';
import { checkCentre } from '../programmes/placement';
import type { Actor, ProfileContext, Trace } from '../profile-context';
import type { AdvisorFilter } from '../profile-store.port';
import {
  advisorNeedsReverification,
  notPaused,
  type AdvisorProfile,
  type AdvisorProfileInput,
} from './advisor-profile';
import { advisorUpserted, viewAdvisor, type AdvisorView } from './advisor-view';

export const advisors: PersonKind<AdvisorProfile, AdvisorFilter, AdvisorView> = {
  kind: 'advisor',
  profiles: (tx) => tx.advisors,
  view: viewAdvisor,
  verified: (advisorId) => ({ type: 'advisor.verified', payload: { advisorId } }),
  rejected: (advisorId, reason) => ({ type: 'advisor.rejected', payload: { advisorId, reason } }),
  upserted: (profile) => ({ type: 'advisor.upserted', payload: advisorUpserted(profile) }),
};

/** Creates or replaces an advisor's profile (owner or council) and publishes the new snapshot. */
export function saveAdvisorProfile(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  input: AdvisorProfileInput,
  trace: Trace,
): Promise<{ profile: AdvisorView; created: boolean }> {
  return savePersonProfile(advisors, ctx, actor, advisorId, trace, {
    needsReverification: (before) => advisorNeedsReverification(before, input),
    build: (before, kept) => ({
      ...input,
      ...kept,
      pause: before?.pause ?? notPaused,
      centreId: before?.centreId ?? null,
    }),
  });
}

export const {
  get: getAdvisorProfile,
  list: listAdvisors,
  decideVerification: decideAdvisorVerification,
} = personUseCases(advisors);

/** The council attaches an advisor to a business development centre (or detaches with null). */
export function placeAdvisor(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  body: { centreId: string | null },
  trace: Trace,
): Promise<AdvisorView> {
  assertCouncil(actor);
  return changePersonProfile(advisors, ctx, actor, advisorId, trace, async (before, tx) => {
    await checkCentre(tx, body.centreId);
    const profile = { ...before, centreId: body.centreId };
    return { profile, events: [advisors.upserted(profile)] };
  });
}
