import { assertCouncil, assertOwnerOrCouncil } from '../people/access';
import { ownerAccount } from '../people/owner-account';
import { emitPersonEvents } from '../people/person-events';
import { pendingVerification, type VerificationDecision } from '../people/profile-fields';
import { decide } from '../people/verification';
import { checkCentre } from '../programmes/placement';
import type { Actor, ProfileContext, Trace } from '../profile-context';
import { profileNotFound } from '../profile-errors';
import type { AdvisorFilter, Page, PageRequest } from '../profile-store.port';
import {
  advisorNeedsReverification,
  notPaused,
  type AdvisorProfile,
  type AdvisorProfileInput,
} from './advisor-profile';
import { advisorUpserted, viewAdvisor, type AdvisorView } from './advisor-view';

/** Creates or replaces an advisor's profile (owner or council) and publishes the new snapshot. */
export async function saveAdvisorProfile(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  input: AdvisorProfileInput,
  trace: Trace,
): Promise<{ profile: AdvisorView; created: boolean }> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, advisorId, 'advisor');
    const before = await tx.advisors.get(advisorId);
    const keepVerification = before !== null && !advisorNeedsReverification(before, input);
    const profile: AdvisorProfile = {
      ...input,
      id: advisorId,
      version: before?.version ?? 0,
      verification: keepVerification ? before.verification : pendingVerification,
      pause: before?.pause ?? notPaused,
      centreId: before?.centreId ?? null,
      deactivated: before?.deactivated ?? false,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const saved = await tx.advisors.save(profile);
    await emitPersonEvents(
      tx,
      account,
      [{ type: 'advisor.upserted', payload: advisorUpserted(saved) }],
      now,
      trace,
    );
    return { profile: viewAdvisor(saved), created: before === null };
  });
}

export async function getAdvisorProfile(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
): Promise<AdvisorView> {
  assertOwnerOrCouncil(actor, advisorId);
  const profile = await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(advisorId);
    return account?.status === 'active' || actor.role === 'council' ? tx.advisors.get(advisorId) : null;
  });
  if (profile === null) throw profileNotFound();
  return viewAdvisor(profile);
}

export async function listAdvisors(
  ctx: ProfileContext,
  actor: Actor,
  filter: AdvisorFilter,
  page: PageRequest,
): Promise<Page<AdvisorView>> {
  assertCouncil(actor);
  const found = await ctx.store.transaction((tx) => tx.advisors.page(filter, page));
  return { items: found.items.map(viewAdvisor), next: found.next };
}

export async function decideAdvisorVerification(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  decision: VerificationDecision,
  trace: Trace,
): Promise<AdvisorView> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  const verification = decide(decision, actor, now);
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, advisorId, 'advisor');
    const before = await tx.advisors.get(advisorId);
    if (before === null) throw profileNotFound();
    const saved = await tx.advisors.save({ ...before, verification, updatedAt: now.toISOString() });
    const event =
      verification.status === 'verified'
        ? { type: 'advisor.verified' as const, payload: { advisorId } }
        : { type: 'advisor.rejected' as const, payload: { advisorId, reason: verification.reason ?? '' } };
    await emitPersonEvents(tx, account, [event], now, trace);
    return viewAdvisor(saved);
  });
}

/** The council attaches an advisor to a business development centre (or detaches with null). */
export async function placeAdvisor(
  ctx: ProfileContext,
  actor: Actor,
  advisorId: string,
  body: { centreId: string | null },
  trace: Trace,
): Promise<AdvisorView> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, advisorId, 'advisor');
    const before = await tx.advisors.get(advisorId);
    if (before === null) throw profileNotFound();
    await checkCentre(tx, body.centreId);
    const saved = await tx.advisors.save({
      ...before,
      centreId: body.centreId,
      updatedAt: now.toISOString(),
    });
    await emitPersonEvents(
      tx,
      account,
      [{ type: 'advisor.upserted', payload: advisorUpserted(saved) }],
      now,
      trace,
    );
    return viewAdvisor(saved);
  });
}
