import { createHash, randomBytes } from 'node:crypto';

export const REVOCATION_CAUSES = [
  'logout',
  'reuse',
  'erasure',
  'deactivation',
  'password-reset',
  'password-change',
] as const;
export type RevocationCause = (typeof REVOCATION_CAUSES)[number];

/**
 * One login and every refresh token rotated from it. Reusing a spent token revokes the whole
 * family: whoever holds the newest token (the thief or the owner) must log in again.
 */
export interface SessionFamily {
  readonly id: string;
  readonly version: number;
  readonly accountId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly revokedBecause: RevocationCause | null;
}

/** A refresh token is stored only as its SHA-256, so a database leak yields no usable token. */
export interface RefreshTokenRecord {
  /** hex SHA-256 of the token. */
  readonly id: string;
  readonly version: number;
  readonly familyId: string;
  readonly accountId: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

export const refreshTokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

export const revoke = (family: SessionFamily, cause: RevocationCause, now: Date): SessionFamily =>
  family.revokedAt === null ? { ...family, revokedAt: now.toISOString(), revokedBecause: cause } : family;
