import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { invalidToken } from './auth-errors';
import { jwksKeySource, localKeySource, type KeySource } from './key-source';
import { PublicKeyCache } from './public-key-cache';
import { roleSchema, staffRoleSchema, type Principal } from './roles';
import type { PublicJwk } from './signing-key';
import { VerifiedTokens } from './verified-tokens';

interface VerifierBase {
  readonly issuer: string;
  readonly audience: string;
  /** The verifier's clock for expiry and refetch pacing; the wall clock by default. */
  readonly now?: () => Date;
  /** Imported keys by `kid`; one per verifier by default. */
  readonly keyCache?: PublicKeyCache;
}

export type TokenVerifierOptions = VerifierBase &
  (
    | { readonly jwksUrl: string; readonly minRefetchIntervalMs?: number; readonly fetchTimeoutMs?: number }
    | { readonly keys: () => PublicJwk[] | Promise<PublicJwk[]> }
  );

export interface TokenVerifier {
  /**
   * @throws AppError `AUTH.INVALID_TOKEN` (401) for any token that is not a valid RS256 token of this
   * issuer and audience; `AUTH.KEYS_UNAVAILABLE` (503) when the JWKS cannot be fetched.
   */
  verify(token: string): Promise<Principal>;
}

// `exp` is required here because jsonwebtoken accepts tokens that have none.
const claimsSchema = z.object({
  sub: z.string().min(1),
  role: roleSchema,
  exp: z.number(),
  email_verified: z.boolean().optional(),
  sid: z.string().min(1).optional(),
  staff_roles: z.array(staffRoleSchema).optional(),
  org: z.string().min(1).optional(),
  centres: z.array(z.string().min(1)).optional(),
});

/** Verifies access tokens; the algorithm list is fixed to RS256, so `none` and HS256 forgeries fail. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const now = options.now ?? (() => new Date());
  const keys: KeySource =
    'keys' in options ? localKeySource(options.keys) : jwksKeySource({ ...options, now });
  const imported = options.keyCache ?? new PublicKeyCache();
  const recent = new VerifiedTokens();

  return {
    async verify(token) {
      const remembered = await recent.find(token, keys, now().getTime());
      if (remembered !== undefined) return remembered;
      const kid = rs256KeyId(token);
      const jwk = await keys.find(kid);
      if (jwk === undefined) throw invalidToken('The access token names an unknown signing key.');
      let claims: unknown;
      try {
        claims = jwt.verify(token, imported.keyFor(jwk), {
          algorithms: ['RS256'],
          issuer: options.issuer,
          audience: options.audience,
          clockTimestamp: Math.floor(now().getTime() / 1000),
        });
      } catch (error) {
        if (error instanceof jwt.TokenExpiredError)
          throw invalidToken('The access token has expired.', error);
        throw invalidToken('The access token is not valid.', error);
      }
      const parsed = claimsSchema.safeParse(claims);
      if (!parsed.success)
        throw invalidToken('The access token lacks a subject, role or expiry.', parsed.error);
      const { sub, role, email_verified: emailVerified, sid, exp, staff_roles, org, centres } = parsed.data;
      // Only staff hold staff roles, whatever a token of another kind says.
      const staff = role === 'council';
      return recent.remember(token, jwk, exp, {
        sub,
        role,
        // Frozen like the principal itself: a remembered principal is shared by later requests.
        staffRoles: Object.freeze(staff ? [...new Set(staff_roles ?? [])] : []),
        ...(staff && org !== undefined ? { organisationId: org } : {}),
        ...(staff && centres !== undefined ? { centreIds: Object.freeze([...centres]) } : {}),
        ...(emailVerified === undefined ? {} : { emailVerified }),
        ...(sid === undefined ? {} : { sessionId: sid }),
      });
    },
  };
}

// Reject before any key lookup, so a forged header never costs a JWKS fetch.
function rs256KeyId(token: string): string {
  let decoded: jwt.Jwt | null;
  try {
    decoded = jwt.decode(token, { complete: true });
  } catch (error) {
    throw invalidToken('The access token is not a JWT.', error);
  }
  if (decoded === null) throw invalidToken('The access token is not a JWT.');
  if (decoded.header.alg !== 'RS256') throw invalidToken('The access token is not signed with RS256.');
  if (typeof decoded.header.kid !== 'string') throw invalidToken('The access token names no signing key.');
  return decoded.header.kid;
}
