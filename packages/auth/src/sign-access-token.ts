import jwt from 'jsonwebtoken';
import type { Principal, StaffRole } from './roles';
import type { SigningKey } from './signing-key';

export interface AccessTokenOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly ttlSeconds?: number;
  /** The issuing time; defaults to the wall clock (tests pass their clock). */
  readonly now?: Date;
}

/** What a token says about its holder; staff roles default to none. */
export type TokenHolder = Omit<Principal, 'staffRoles'> & { readonly staffRoles?: readonly StaffRole[] };

/**
 * A short-lived RS256 access token: `sub`, `role`, `email_verified`, `sid`, `staff_roles`, `org` and
 * `centres` when given, `iss`, `aud`, `iat`, `exp`, and `kid` in the header.
 */
export function signAccessToken(
  key: SigningKey,
  principal: TokenHolder,
  { issuer, audience, ttlSeconds = 900, now = new Date() }: AccessTokenOptions,
): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return jwt.sign(
    {
      sub: principal.sub,
      role: principal.role,
      ...(principal.emailVerified === undefined ? {} : { email_verified: principal.emailVerified }),
      ...(principal.sessionId === undefined ? {} : { sid: principal.sessionId }),
      ...(principal.staffRoles === undefined ? {} : { staff_roles: principal.staffRoles }),
      ...(principal.organisationId === undefined ? {} : { org: principal.organisationId }),
      ...(principal.centreIds === undefined ? {} : { centres: principal.centreIds }),
      iss: issuer,
      aud: audience,
      iat: issuedAt,
      exp: issuedAt + ttlSeconds,
    },
    key.privateKeyPem,
    { algorithm: 'RS256', keyid: key.kid },
  );
}
