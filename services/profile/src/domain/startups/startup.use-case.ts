import { emitPersonEvents } from '../people/person-events';
import { assertCouncil, assertOwnerOrCouncil } from '../people/access';
import { ownerAccount } from '../people/owner-account';
import { pendingVerification, type VerificationDecision } from '../people/profile-fields';
import { decide } from '../people/verification';
import type { Actor, ProfileContext, Trace } from '../profile-context';
import { invalidField, profileNotFound } from '../profile-errors';
import type { Page, PageRequest, StartupFilter } from '../profile-store.port';
import {
  needsReverification,
  noPlacement,
  type StartupProfile,
  type StartupProfileInput,
} from './startup-profile';
import { startupUpserted, viewStartup, type StartupView } from './startup-view';
import { checkPlacement, type PlacementBody } from '../programmes/placement';

/** Creates or replaces a startup's profile (owner or council) and publishes the new snapshot. */
export async function saveStartupProfile(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
  input: StartupProfileInput,
  trace: Trace,
): Promise<{ profile: StartupView; created: boolean }> {
  const now = ctx.clock.now();
  if (input.foundedYear > now.getUTCFullYear())
    throw invalidField('body.foundedYear', 'must not be in the future');
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, startupId, 'startup');
    const before = await tx.startups.get(startupId);
    const keepVerification = before !== null && !needsReverification(before, input);
    const profile: StartupProfile = {
      ...input,
      id: startupId,
      version: before?.version ?? 0,
      verification: keepVerification ? before.verification : pendingVerification,
      placement: before?.placement ?? noPlacement,
      deactivated: before?.deactivated ?? false,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const saved = await tx.startups.save(profile);
    await emitPersonEvents(
      tx,
      account,
      [{ type: 'startup.upserted', payload: startupUpserted(saved) }],
      now,
      trace,
    );
    return { profile: viewStartup(saved), created: before === null };
  });
}

export async function getStartupProfile(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
): Promise<StartupView> {
  assertOwnerOrCouncil(actor, startupId);
  const profile = await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(startupId);
    return account?.status === 'active' || actor.role === 'council' ? tx.startups.get(startupId) : null;
  });
  if (profile === null) throw profileNotFound();
  return viewStartup(profile);
}

export async function listStartups(
  ctx: ProfileContext,
  actor: Actor,
  filter: StartupFilter,
  page: PageRequest,
): Promise<Page<StartupView>> {
  assertCouncil(actor);
  const found = await ctx.store.transaction((tx) => tx.startups.page(filter, page));
  return { items: found.items.map(viewStartup), next: found.next };
}

/** The council verifies or rejects; a startup cannot reach this (council-only), not even for itself. */
export async function decideStartupVerification(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
  decision: VerificationDecision,
  trace: Trace,
): Promise<StartupView> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  const verification = decide(decision, actor, now);
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, startupId, 'startup');
    const before = await tx.startups.get(startupId);
    if (before === null) throw profileNotFound();
    const saved = await tx.startups.save({ ...before, verification, updatedAt: now.toISOString() });
    const event =
      verification.status === 'verified'
        ? { type: 'startup.verified' as const, payload: { startupId } }
        : { type: 'startup.rejected' as const, payload: { startupId, reason: verification.reason ?? '' } };
    await emitPersonEvents(tx, account, [event], now, trace);
    return viewStartup(saved);
  });
}

/** The council attaches a startup to a centre, a programme and one of its cohorts. */
export async function placeStartup(
  ctx: ProfileContext,
  actor: Actor,
  startupId: string,
  body: PlacementBody,
  trace: Trace,
): Promise<StartupView> {
  assertCouncil(actor);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, startupId, 'startup');
    const before = await tx.startups.get(startupId);
    if (before === null) throw profileNotFound();
    const placement = await checkPlacement(tx, body);
    const saved = await tx.startups.save({ ...before, placement, updatedAt: now.toISOString() });
    await emitPersonEvents(
      tx,
      account,
      [{ type: 'startup.upserted', payload: startupUpserted(saved) }],
      now,
      trace,
    );
    return viewStartup(saved);
  });
}
