import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import {
  accountDeactivated,
  invalidCredentials,
  invalidRefreshToken,
  refreshTokenReused,
} from '../profile-errors';
import { emailKeyOf, type LoginBody } from './account';
import { refreshTokenId, revoke, type RevocationCause } from './session';
import { issueTokenPair, type TokenPair } from './token-pair';

/** Email + password → tokens. Unknown email and wrong password take the same time and give the same error. */
export async function login(ctx: ProfileContext, body: LoginBody): Promise<TokenPair> {
  const account = await ctx.store.transaction((tx) => tx.accounts.byEmailKey(emailKeyOf(body.email)));
  const matches = await ctx.passwords.verify(body.password, account?.passwordHash ?? null, 'login');
  if (account === null || account.passwordHash === null || !matches) throw invalidCredentials();
  if (account.status !== 'active')
    throw account.status === 'deactivated' ? accountDeactivated() : invalidCredentials();
  return ctx.store.transaction((tx) => issueTokenPair(ctx, tx, account, null));
}

type RefreshOutcome = { ok: TokenPair } | { refused: 'invalid' | 'reused' };

/**
 * Spends a refresh token for a new pair in the same family. A token already spent means it was
 * copied: the family is revoked (committed), and only then is the caller refused.
 */
export async function refresh(ctx: ProfileContext, refreshToken: string): Promise<TokenPair> {
  const outcome = await ctx.store.transaction(async (tx): Promise<RefreshOutcome> => {
    const now = ctx.clock.now();
    const record = await tx.refreshTokens.get(refreshTokenId(refreshToken));
    if (record === null) return { refused: 'invalid' };
    const family = await tx.sessions.get(record.familyId);
    if (family === null || family.revokedAt !== null) return { refused: 'invalid' };
    if (record.usedAt !== null) {
      await tx.sessions.save(revoke(family, 'reuse', now));
      return { refused: 'reused' };
    }
    if (Date.parse(record.expiresAt) <= now.getTime()) return { refused: 'invalid' };
    const account = await tx.accounts.get(record.accountId);
    if (account === null || account.status !== 'active') return { refused: 'invalid' };
    await tx.refreshTokens.save({ ...record, usedAt: now.toISOString() });
    return { ok: await issueTokenPair(ctx, tx, account, family.id) };
  });
  if ('ok' in outcome) return outcome.ok;
  throw outcome.refused === 'reused' ? refreshTokenReused() : invalidRefreshToken();
}

/** Ends the session the refresh token belongs to; an unknown or spent token is simply already logged out. */
export async function logout(ctx: ProfileContext, refreshToken: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const record = await tx.refreshTokens.get(refreshTokenId(refreshToken));
    const family = record === null ? null : await tx.sessions.get(record.familyId);
    if (family !== null && family.revokedAt === null)
      await tx.sessions.save(revoke(family, 'logout', ctx.clock.now()));
  });
}

/** Signs out every session of an account (erasure, deactivation, password reset), or all but `keep`. */
export async function revokeAllSessions(
  tx: ProfileTx,
  accountId: string,
  cause: Exclude<RevocationCause, 'logout' | 'reuse'>,
  now: Date,
  keep?: string,
): Promise<void> {
  for (const family of await tx.sessions.liveOf(accountId))
    if (family.id !== keep) await tx.sessions.save(revoke(family, cause, now));
}
