import type { Actor } from '@jisr/auth';
import { visibleOrMissing } from '@jisr/errors';
import { z } from 'zod';
import { advisorViewSchema, viewAdvisor } from '../advisors/advisor-view';
import { recordAction } from '../audit/record-staff-action';
import { assertOwnerOrCouncil } from '../people/access';
import { emitPersonEvents, type PersonEvent } from '../people/person-events';
import type { ProfileContext, Trace } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import { accountErased, accountNotFound, notForYourRole } from '../profile-errors';
import { startupViewSchema, viewStartup } from '../startups/startup-view';
import { accountViewSchema, viewAccount, type Account, type AccountView } from './account';
import { publishContact } from './contact-events';
import { forgetProgrammeProgress } from './forget-programme-progress';
import { exportProgrammeProgress, programmeProgressExportSchema } from './programme-progress-export';
import { revokeAllSessions } from './sessions.use-case';

export const dataExportSchema = z.object({
  exportedAt: z.string(),
  account: accountViewSchema,
  startupProfile: startupViewSchema.nullable(),
  advisorProfile: advisorViewSchema.nullable(),
  /** A startup's seats, attendance, certificates, milestone claims and check-ins; null for others. */
  programmeProgress: programmeProgressExportSchema.nullable(),
  sessions: z.array(
    z.object({ createdAt: z.string(), expiresAt: z.string(), revokedAt: z.string().nullable() }),
  ),
});
export type DataExport = z.infer<typeof dataExportSchema>;

/** Everything this service holds about the caller, in one JSON document (GDPR-style access right). */
export async function exportAccountData(
  ctx: ProfileContext,
  actor: Actor,
  accountId: string,
): Promise<DataExport> {
  visibleOrMissing(actor.sub === accountId, accountNotFound);
  return ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (account === null || account.status === 'erased') throw accountNotFound();
    const startup = account.role === 'startup' ? await tx.startups.get(accountId) : null;
    const advisor = account.role === 'advisor' ? await tx.advisors.get(accountId) : null;
    const progress =
      account.role === 'startup' ? await exportProgrammeProgress(tx, accountId, ctx.settings.webUrl) : null;
    const sessions = await tx.sessions.allOf(accountId);
    const now = ctx.clock.now();
    await recordAction(
      tx,
      actor,
      { action: 'account.data-export', target: { type: 'account', id: accountId } },
      now,
    );
    return {
      exportedAt: now.toISOString(),
      account: viewAccount(account),
      startupProfile: startup === null ? null : viewStartup(startup),
      advisorProfile: advisor === null ? null : viewAdvisor(advisor),
      programmeProgress: progress,
      sessions: sessions.map(({ createdAt, expiresAt, revokedAt }) => ({ createdAt, expiresAt, revokedAt })),
    };
  });
}

const erasedEvent = (account: Account): PersonEvent[] => {
  if (account.role === 'startup') return [{ type: 'startup.erased', payload: { startupId: account.id } }];
  if (account.role === 'advisor') return [{ type: 'advisor.erased', payload: { advisorId: account.id } }];
  return [];
};

/**
 * Erasure: the profile, a startup's programme progress and notices about the person are deleted,
 * every session is revoked, and the account keeps only its id, role and event sequence (a tombstone,
 * so the id is never reused and the erased event continues the sequence). Other services drop their
 * copies on `*.erased`.
 */
export async function eraseAccount(
  ctx: ProfileContext,
  actor: Actor,
  accountId: string,
  trace: Trace,
): Promise<void> {
  assertOwnerOrCouncil(actor, accountId, accountNotFound);
  const now = ctx.clock.now();
  await ctx.store.transaction((tx) => eraseInTransaction(tx, actor, accountId, now, trace));
}

/** The erasure itself, inside the caller's transaction (an approved four-eyes request runs it too). */
export async function eraseInTransaction(
  tx: ProfileTx,
  actor: Actor,
  accountId: string,
  now: Date,
  trace: Trace,
): Promise<void> {
  const account = await tx.accounts.get(accountId);
  if (account === null || account.status === 'erased') throw accountNotFound();
  await tx.startups.remove(accountId);
  await tx.advisors.remove(accountId);
  await tx.notices.removeAboutAdvisor(accountId);
  if (account.role === 'startup') await forgetProgrammeProgress(tx, accountId);
  await revokeAllSessions(tx, accountId, 'erasure', now);
  const scrubbed: Account = {
    ...account,
    email: null,
    emailKey: `erased:${account.id}`,
    passwordHash: null,
    status: 'erased',
    updatedAt: now.toISOString(),
  };
  const target = { type: 'account', id: accountId };
  await recordAction(tx, actor, { action: 'account.erase', target, before: account, after: scrubbed }, now);
  const erased = await emitPersonEvents(
    tx,
    await tx.accounts.save(scrubbed),
    erasedEvent(account),
    now,
    trace,
  );
  await publishContact(tx, erased, now, trace);
}

/** The council switches an account off: no login, sessions revoked, profile marked and `*.deactivated` published. */
export async function deactivateAccount(
  ctx: ProfileContext,
  actor: Actor,
  accountId: string,
  trace: Trace,
): Promise<void> {
  if (actor.role !== 'council') throw notForYourRole();
  const now = ctx.clock.now();
  await ctx.store.transaction((tx) => deactivateInTransaction(tx, actor, accountId, now, trace));
}

/** The deactivation itself, inside the caller's transaction (an approved four-eyes request runs it too). */
export async function deactivateInTransaction(
  tx: ProfileTx,
  actor: Actor,
  accountId: string,
  now: Date,
  trace: Trace,
): Promise<void> {
  const account = await tx.accounts.get(accountId);
  if (account === null || account.status === 'erased') throw accountNotFound();
  if (account.status === 'deactivated') return;
  await revokeAllSessions(tx, accountId, 'deactivation', now);
  const events: PersonEvent[] = [];
  const startup = await tx.startups.get(accountId);
  if (startup !== null)
    await tx.startups.save({ ...startup, deactivated: true, updatedAt: now.toISOString() });
  const advisor = await tx.advisors.get(accountId);
  if (advisor !== null)
    await tx.advisors.save({ ...advisor, deactivated: true, updatedAt: now.toISOString() });
  if (account.role === 'startup')
    events.push({ type: 'startup.deactivated', payload: { startupId: accountId } });
  if (account.role === 'advisor')
    events.push({ type: 'advisor.deactivated', payload: { advisorId: accountId } });
  const deactivated = { ...account, status: 'deactivated' as const, updatedAt: now.toISOString() };
  const target = { type: 'account', id: accountId };
  await recordAction(
    tx,
    actor,
    { action: 'account.deactivate', target, before: account, after: deactivated },
    now,
  );
  const saved = await tx.accounts.save(deactivated);
  await publishContact(tx, await emitPersonEvents(tx, saved, events, now, trace), now, trace);
}

/** The council switches a deactivated account back on: login works again, the profile is no longer marked. */
export async function reactivateAccount(ctx: ProfileContext, actor: Actor, accountId: string): Promise<void> {
  if (actor.role !== 'council') throw notForYourRole();
  const now = ctx.clock.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.get(accountId);
    if (account === null) throw accountNotFound();
    if (account.status === 'erased') throw accountErased();
    if (account.status === 'active') return;
    const startup = await tx.startups.get(accountId);
    if (startup !== null) await tx.startups.save({ ...startup, deactivated: false, updatedAt: now });
    const advisor = await tx.advisors.get(accountId);
    if (advisor !== null) await tx.advisors.save({ ...advisor, deactivated: false, updatedAt: now });
    const active = { ...account, status: 'active' as const, updatedAt: now };
    const target = { type: 'account', id: accountId };
    await recordAction(
      tx,
      actor,
      { action: 'account.reactivate', target, before: account, after: active },
      new Date(now),
    );
    await publishContact(tx, await tx.accounts.save(active), new Date(now));
  });
}

/** The caller's own account. */
export async function getOwnAccount(ctx: ProfileContext, actor: Actor): Promise<AccountView> {
  const account = await ctx.store.transaction((tx) => tx.accounts.get(actor.sub));
  if (account === null || account.status === 'erased') throw accountNotFound();
  return viewAccount(account);
}
