import {
  BOOTSTRAP_STAFF_ROLES,
  createTokenVerifier,
  generateSigningKey,
  signAccessToken,
  type Role,
  type TokenHolder,
  type TokenVerifier,
} from '@jisr/auth';

export interface TestTokens {
  readonly issuer: string;
  readonly audience: string;
  /** Trusts exactly the tokens `tokenFor` signs: give it to the service under test. */
  readonly verifier: TokenVerifier;
  /** A real RS256 access token, signed the way the profile service signs them. */
  tokenFor(sub: string, role: Role, claims?: Omit<TokenHolder, 'sub' | 'role'>): string;
}

/** A signing key of its own and the tokens it signs, for a service's component tests. */
export function testTokens(issuer = 'https://profile.jisr.test', audience = 'jisr'): TestTokens {
  const key = generateSigningKey();
  return {
    issuer,
    audience,
    verifier: createTokenVerifier({ issuer, audience, keys: () => [key.publicJwk] }),
    tokenFor: (sub, role, claims = {}) =>
      signAccessToken(
        key,
        // Staff act as the bootstrap account (the programme's first lead) unless a test names their roles.
        { sub, role, ...(role === 'council' ? { staffRoles: BOOTSTRAP_STAFF_ROLES } : {}), ...claims },
        { issuer, audience },
      ),
  };
}
