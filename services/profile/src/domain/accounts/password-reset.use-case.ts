import type { Actor } from '@jisr/auth';
import type { Locale } from '@jisr/contracts';
import type { ProfileContext } from '../profile-context';
import { accountNotFound, invalidEmailToken, wrongCurrentPassword } from '../profile-errors';
import { emailKeyOf, type Account } from './account';
import { localeOf, sendLink, spendLinks } from './account-links';
import { emailTokenId, usable } from './account-token';
import { passwordCostFor } from './demo-accounts';
import { revokeAllSessions } from './sessions.use-case';

/**
 * "Forgot password": an active account gets a reset link; the answer is the same either way, so
 * nobody learns which addresses have accounts.
 */
export async function requestPasswordReset(
  ctx: ProfileContext,
  email: string,
  locale: Locale,
): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.byEmailKey(emailKeyOf(email));
    if (account === null || account.status !== 'active' || account.email === null) return;
    await sendLink(ctx, tx, {
      account,
      purpose: 'reset-password',
      kind: 'reset',
      to: account.email,
      locale: localeOf(account, locale),
    });
  });
}

const withPassword = (ctx: ProfileContext, account: Account, password: string): Promise<string> =>
  ctx.passwords.hashNew(password, [account.email ?? ''], passwordCostFor(ctx.settings, account.email ?? ''));

/**
 * Spends a reset link: the new password is set and every session is signed out, wherever it is.
 * The link reached the inbox, so the address counts as verified too.
 */
export async function resetPassword(ctx: ProfileContext, token: string, password: string): Promise<void> {
  const now = ctx.clock.now();
  const record = await ctx.store.transaction((tx) => tx.emailTokens.get(emailTokenId(token)));
  if (!usable(record, 'reset-password', now)) throw invalidEmailToken();
  const before = await ctx.store.transaction((tx) => tx.accounts.get(record.accountId));
  if (before === null || before.status !== 'active') throw invalidEmailToken();
  // Hashed outside the transaction (it is slow); the transaction checks the link again.
  const passwordHash = await withPassword(ctx, before, password);
  await ctx.store.transaction(async (tx) => {
    const again = await tx.emailTokens.get(record.id);
    const account = await tx.accounts.get(record.accountId);
    if (!usable(again, 'reset-password', now) || account === null || account.email !== again.email)
      throw invalidEmailToken();
    const verifiedAt = account.emailVerifiedAt ?? now.toISOString();
    await tx.accounts.save({
      ...account,
      passwordHash,
      emailVerifiedAt: verifiedAt,
      updatedAt: now.toISOString(),
    });
    await spendLinks(tx, account.id, 'reset-password', now);
    await revokeAllSessions(tx, account.id, 'password-reset', now);
  });
}

/** A signed-in person changes their password: the current one is required; their other sessions end. */
export async function changePassword(
  ctx: ProfileContext,
  actor: Actor,
  body: { currentPassword: string; newPassword: string },
): Promise<void> {
  const now = ctx.clock.now();
  const account = await ctx.store.transaction((tx) => tx.accounts.get(actor.sub));
  if (account === null || account.status !== 'active') throw accountNotFound();
  if (!(await ctx.passwords.verify(body.currentPassword, account.passwordHash, 'login')))
    throw wrongCurrentPassword();
  const passwordHash = await withPassword(ctx, account, body.newPassword);
  await ctx.store.transaction(async (tx) => {
    const current = await tx.accounts.get(actor.sub);
    if (current === null) throw accountNotFound();
    await tx.accounts.save({ ...current, passwordHash, updatedAt: now.toISOString() });
    await spendLinks(tx, current.id, 'reset-password', now);
    await revokeAllSessions(tx, current.id, 'password-change', now, actor.sessionId);
  });
}
