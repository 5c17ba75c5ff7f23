import jwt from 'jsonwebtoken';
import type { Principal } from './roles';
import type { SigningKey } from './signing-key';

export interface AccessTokenOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly ttlSeconds?: number;
  /** The issuing time; defaults to the wall clock (tests pass their clock). */
  readonly now?: Date;
}

/** A short-lived RS256 access token: `sub`, `role`, `email_verified` and `sid` when given, `iss`, `aud`, `iat`, `exp`, and `kid` in the header. */
export function signAccessToken(
  key: SigningKey,
  principal: Principal,
  { issuer, audience, ttlSeconds = 900, now = new Date() }: AccessTokenOptions,
): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return jwt.sign(
    {
      sub: principal.sub,
      role: principal.role,
      ...(principal.emailVerified === undefined ? {} : { email_verified: principal.emailVerified }),
      ...(principal.sessionId === undefined ? {} : { sid: principal.sessionId }),
      iss: issuer,
      aud: audience,
      iat: issuedAt,
      exp: issuedAt + ttlSeconds,
    },
    key.privateKeyPem,
    { algorithm: 'RS256', keyid: key.kid },
  );
}
