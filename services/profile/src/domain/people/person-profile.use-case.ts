import type { Actor } from '@jisr/auth';
import type { AdvisorProfile } from '../advisors/advisor-profile';
import { audited } from '../audit/audited-change';
import type { ProfileContext, Trace } from '../profile-context';
import { profileNotFound } from '../profile-errors';
import type { Page, PageRequest, ProfileRepository, ProfileTx } from '../profile-store.port';
import type { StartupProfile } from '../startups/startup-profile';
import { assertCouncil, assertOwnerOrCouncil } from './access';
import { ownerAccount } from './owner-account';
import { emitPersonEvents, withSnapshotLast, type PersonEvent } from './person-events';
import { pendingVerification, type VerificationDecision } from './profile-fields';
import { decide } from './verification';

/** What differs between the two kinds of person profile; the use cases below are shared. */
export interface PersonKind<P extends StartupProfile | AdvisorProfile, F, V> {
  readonly kind: 'startup' | 'advisor';
  profiles(tx: ProfileTx): ProfileRepository<P, F>;
  view(profile: P): V;
  verified(id: string): PersonEvent;
  rejected(id: string, reason: string): PersonEvent;
  upserted(profile: P): PersonEvent;
}

/** Owner or council; an owner whose account is no longer active sees nothing. */
export async function getPersonProfile<P extends StartupProfile | AdvisorProfile, F, V>(
  kind: PersonKind<P, F, V>,
  ctx: ProfileContext,
  actor: Actor,
  id: string,
): Promise<V> {
  assertOwnerOrCouncil(actor, id);
  const profile = await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(id);
    return account?.status === 'active' || actor.role === 'council' ? kind.profiles(tx).get(id) : null;
  });
  if (profile === null) throw profileNotFound();
  return kind.view(profile);
}

export async function listPersonProfiles<P extends StartupProfile | AdvisorProfile, F, V>(
  kind: PersonKind<P, F, V>,
  ctx: ProfileContext,
  actor: Actor,
  filter: F,
  page: PageRequest,
): Promise<Page<V>> {
  assertCouncil(actor);
  const found = await ctx.store.transaction((tx) => kind.profiles(tx).page(filter, page));
  return { items: found.items.map((profile) => kind.view(profile)), next: found.next };
}

/** The fields every person profile carries that its owner never writes. */
export type KeptFields = Pick<
  StartupProfile & AdvisorProfile,
  'id' | 'version' | 'verification' | 'deactivated' | 'createdAt' | 'updatedAt'
>;

/**
 * Creates or replaces a person's profile (owner or council) and publishes the new snapshot.
 * A verified profile stays verified unless `needsReverification` says the change matters;
 * `build` adds the kind's own council-held fields to the input and the kept fields.
 */
export async function savePersonProfile<P extends StartupProfile | AdvisorProfile, F, V>(
  kind: PersonKind<P, F, V>,
  ctx: ProfileContext,
  actor: Actor,
  id: string,
  trace: Trace,
  save: { needsReverification(before: P): boolean; build(before: P | null, kept: KeptFields): P },
): Promise<{ profile: V; created: boolean }> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, id, kind.kind);
    const before = await kind.profiles(tx).get(id);
    const keepVerification = before !== null && !save.needsReverification(before);
    const saved = await kind.profiles(tx).save(
      save.build(before, {
        id,
        version: before?.version ?? 0,
        verification: keepVerification ? before.verification : pendingVerification,
        deactivated: before?.deactivated ?? false,
        createdAt: before?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      }),
    );
    await emitPersonEvents(tx, account, [kind.upserted(saved)], now, trace);
    return { profile: kind.view(saved), created: before === null };
  });
}

/**
 * Loads the profile for a council or owner change, applies `change` and publishes what it returns,
 * all in one transaction.
 */
export async function changePersonProfile<P extends StartupProfile | AdvisorProfile, F, V>(
  kind: PersonKind<P, F, V>,
  ctx: ProfileContext,
  actor: Actor,
  id: string,
  trace: Trace,
  change: (profile: P, tx: ProfileTx, now: Date) => Promise<{ profile: P; events: PersonEvent[] }>,
): Promise<V> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const account = await ownerAccount(tx, actor, id, kind.kind);
    const before = await kind.profiles(tx).get(id);
    if (before === null) throw profileNotFound();
    const { profile, events } = await change(before, tx, now);
    const saved =
      profile === before
        ? before
        : await kind.profiles(tx).save({ ...profile, updatedAt: now.toISOString() });
    await emitPersonEvents(
      tx,
      account,
      withSnapshotLast(events, () => kind.upserted(saved)),
      now,
      trace,
    );
    return kind.view(saved);
  });
}

/** The audit log's verb for a verification decision. */
export const verificationAction = (
  decision: VerificationDecision,
): 'verification-approve' | 'verification-reject' =>
  decision.decision === 'verified' ? 'verification-approve' : 'verification-reject';

/** The council verifies or rejects; owners cannot reach this, not even for themselves. */
export function decidePersonVerification<P extends StartupProfile | AdvisorProfile, F, V>(
  kind: PersonKind<P, F, V>,
  ctx: ProfileContext,
  actor: Actor,
  id: string,
  decision: VerificationDecision,
  trace: Trace,
): Promise<V> {
  assertCouncil(actor);
  const verification = decide(decision, actor, ctx.clock.now());
  const action = `${kind.kind}.${verificationAction(decision)}` as const;
  return changePersonProfile(
    kind,
    ctx,
    actor,
    id,
    trace,
    audited(actor, action, kind.kind, async (profile: P) => ({
      profile: { ...profile, verification },
      events: [
        verification.status === 'verified' ? kind.verified(id) : kind.rejected(id, verification.reason ?? ''),
      ],
    })),
  );
}

/** The read and verification use cases of one kind, bound to it so each kind exports them by name. */
export const personUseCases = <P extends StartupProfile | AdvisorProfile, F, V>(
  kind: PersonKind<P, F, V>,
) => ({
  get: (ctx: ProfileContext, actor: Actor, id: string): Promise<V> => getPersonProfile(kind, ctx, actor, id),
  list: (ctx: ProfileContext, actor: Actor, filter: F, page: PageRequest): Promise<Page<V>> =>
    listPersonProfiles(kind, ctx, actor, filter, page),
  decideVerification: (
    ctx: ProfileContext,
    actor: Actor,
    id: string,
    decision: VerificationDecision,
    trace: Trace,
  ): Promise<V> => decidePersonVerification(kind, ctx, actor, id, decision, trace),
});
