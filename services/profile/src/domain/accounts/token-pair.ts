import { signAccessToken, staffRoleSchema } from '@jisr/auth';
import { z } from 'zod';
import { newId } from '../ids';
import { activeSigningKey } from '../keys/signing-key.use-case';
import type { ProfileContext } from '../profile-context';
import type { ProfileTx } from '../profile-store.port';
import { staffClaimsOf } from '../staff/staff-claims';
import { isEmailVerified, type Account } from './account';
import { newRefreshToken, refreshTokenId } from './session';

export const tokenPairSchema = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  expiresIn: z.number().describe('Seconds until the access token expires'),
  refreshToken: z.string(),
  accountId: z.string(),
  role: z.enum(['startup', 'advisor', 'council']),
  staffRoles: z
    .array(staffRoleSchema)
    .describe('The staff roles the access token carries (empty for startups and advisors)'),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

/** Signs an access token and stores a fresh refresh token in `familyId` (a new family on login). */
export async function issueTokenPair(
  ctx: ProfileContext,
  tx: ProfileTx,
  account: Account,
  familyId: string | null,
): Promise<TokenPair> {
  const now = ctx.clock.now();
  const { accessTokenTtlSeconds, refreshTokenTtlSeconds, issuer, audience } = ctx.settings;
  const expiresAt = new Date(now.getTime() + refreshTokenTtlSeconds * 1000).toISOString();
  let family = familyId;
  if (family === null) {
    const created = {
      id: newId(now),
      version: 0,
      accountId: account.id,
      createdAt: now.toISOString(),
      expiresAt,
    };
    family = (await tx.sessions.save({ ...created, revokedAt: null, revokedBecause: null })).id;
  }
  const refreshToken = newRefreshToken();
  await tx.refreshTokens.save({
    id: refreshTokenId(refreshToken),
    version: 0,
    familyId: family,
    accountId: account.id,
    issuedAt: now.toISOString(),
    expiresAt,
    usedAt: null,
  });
  const key = await activeSigningKey(tx);
  // Roles are read from the account now, so a role change takes effect at the next refresh.
  const staff = staffClaimsOf(account);
  const principal = {
    sub: account.id,
    role: account.role,
    ...staff,
    emailVerified: isEmailVerified(account),
    sessionId: family,
  };
  const accessToken = signAccessToken(key, principal, {
    issuer,
    audience,
    ttlSeconds: accessTokenTtlSeconds,
    now,
  });
  return {
    tokenType: 'Bearer',
    accessToken,
    expiresIn: accessTokenTtlSeconds,
    refreshToken,
    accountId: account.id,
    role: account.role,
    staffRoles: [...staff.staffRoles],
  };
}
