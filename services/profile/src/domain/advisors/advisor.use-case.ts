import type { Actor } from '@jisr/auth';
import { audited } from '../audit/audited-change';
import { assertCouncil } from '../people/access';
import type { Verification, VerificationDecision } from '../people/profile-fields';
import { decide } from '../people/verification';
import {
  changePersonProfile,
  personUseCases,
  savePersonProfile,
  verificationAction,
  type PersonKind,
} from '../people/person-profile.use-case';
import { checkCentre } from '../programmes/placement';
import type { ProfileContext, Trace } from '../profile-context';
import type { AdvisorFilter } from '../profile-store.port';
import {
  advisorNeedsReverification,
  notPaused,
  type AdvisorProfile,
  type AdvisorProfileInput,
} from './advisor-profile';
import { advisorUpserted, viewAdvisor, type AdvisorView } from './advisor-view';
import { applyPendingChange, holdMaterialChange, isMaterialChange } from './material-change';

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
  const now = ctx.clock.now();
  return savePersonProfile(advisors, ctx, actor, advisorId, trace, {
    needsReverification: (before) => advisorNeedsReverification(before),
    build: (before, kept) => {
      const held =
        before?.verification.status === 'verified' && isMaterialChange(before, input)
          ? holdMaterialChange(before, input, now)
          : null;
      return {
        ...(held?.live ?? input),
        ...kept,
        pause: before?.pause ?? notPaused,
        centreId: before?.centreId ?? null,
        // A later edit without material changes withdraws nothing already held.
        pendingChange:
          held?.pendingChange ?? (held === null && before !== null ? (before.pendingChange ?? null) : null),
      };
    },
  });
}

/**
 * The council's decision. With a held change: approval applies it (and the advisor stays
 * verified), rejection drops it and the verified profile stays as it was. Otherwise the profile's
 * own verification, as for startups.
 */
export function decideAdvisorVerification(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  decision: VerificationDecision,
  trace: Trace,
): Promise<AdvisorView> {
  assertCouncil(actor);
  const verification = decide(decision, actor, ctx.clock.now());
  const action = `advisor.${verificationAction(decision)}` as const;
  return changePersonProfile(
    advisors,
    ctx,
    actor,
    advisorId,
    trace,
    audited(actor, action, 'advisor', async (profile: AdvisorProfile) => {
      if (profile.pendingChange === null || profile.pendingChange === undefined)
        return decideHeldNothing(profile, verification);
      if (verification.status === 'rejected')
        return { profile: { ...profile, pendingChange: null }, events: [] };
      return {
        profile: { ...applyPendingChange(profile), verification },
        events: [advisors.verified(advisorId)],
      };
    }),
  );
}

const decideHeldNothing = (profile: AdvisorProfile, verification: Verification) => ({
  profile: { ...profile, verification },
  events: [
    verification.status === 'verified'
      ? advisors.verified(profile.id)
      : advisors.rejected(profile.id, verification.reason ?? ''),
  ],
});

export const { get: getAdvisorProfile, list: listAdvisors } = personUseCases(advisors);

/** The council attaches an advisor to a business development centre (or detaches with null). */
export function placeAdvisor(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  body: { centreId: string | null },
  trace: Trace,
): Promise<AdvisorView> {
  assertCouncil(actor);
  return changePersonProfile(
    advisors,
    ctx,
    actor,
    advisorId,
    trace,
    audited(actor, 'advisor.centre-change', 'advisor', async (before: AdvisorProfile, tx) => {
      await checkCentre(tx, body.centreId);
      const profile = { ...before, centreId: body.centreId };
      return { profile, events: [advisors.upserted(profile)] };
    }),
  );
}
