import {
  PublicKeyCache,
  createTokenVerifier,
  emailUnverified,
  generateSigningKey,
  signAccessToken,
  type SigningKey,
} from '@jisr/auth';
import { isAppError } from '@jisr/errors';
import { jwkThumbprint } from '../../src/signing-key';
import { AUDIENCE, ISSUER, forgedTokens } from '../fixtures/forged-tokens';

const issuedAt = new Date('2025-03-01T10:00:00Z');

let key: SigningKey;
let otherKey: SigningKey;
beforeAll(() => {
  key = generateSigningKey();
  otherKey = generateSigningKey();
});

const verifierAt = (now: Date) =>
  createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: () => [key.publicJwk], now: () => now });
const validToken = () =>
  signAccessToken(
    key,
    { sub: 'acc-1', role: 'startup' },
    { issuer: ISSUER, audience: AUDIENCE, now: issuedAt },
  );

const rejection = async (token: string, now = issuedAt) => {
  const error = await verifierAt(now)
    .verify(token)
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, status: error.status, message: error.message };
};

describe('createTokenVerifier with a local key set', () => {
  test('when many tokens name the same key, then the key is imported once and a rotated key once more', async () => {
    const keyCache = new PublicKeyCache();
    let published = [key.publicJwk];
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys: () => published,
      now: () => issuedAt,
      keyCache,
    });
    const tokenOf = (signer: SigningKey, sub: string) =>
      signAccessToken(
        signer,
        { sub, role: 'startup' },
        { issuer: ISSUER, audience: AUDIENCE, now: issuedAt },
      );

    for (let i = 0; i < 5; i++) await verifier.verify(tokenOf(key, `acc-${i}`));
    published = [key.publicJwk, otherKey.publicJwk];
    const rotated = await verifier.verify(tokenOf(otherKey, 'acc-9'));

    expect(rotated).toEqual({ sub: 'acc-9', role: 'startup', staffRoles: [] });
    expect(keyCache.imports).toBe(2);
  });

  test('when the token is valid, then it yields the subject and role', async () => {
    await expect(verifierAt(issuedAt).verify(validToken())).resolves.toEqual({
      sub: 'acc-1',
      role: 'startup',
      staffRoles: [],
    });
  });

  test('every forged or flawed token is refused with 401 AUTH.INVALID_TOKEN', async () => {
    const forged = forgedTokens(key, otherKey, issuedAt);

    const outcomes = await Promise.all(
      forged.map(async ([flaw, token]) => [flaw, await rejection(token)] as const),
    );

    for (const [flaw, outcome] of outcomes) {
      expect({ flaw, ...outcome }).toMatchObject({ flaw, code: 'AUTH.INVALID_TOKEN', status: 401 });
    }
    expect(outcomes).toHaveLength(13);
  });

  test('when the token has expired, then the refusal says so', async () => {
    const afterExpiry = new Date(issuedAt.getTime() + 901_000);

    expect(await rejection(validToken(), afterExpiry)).toEqual({
      code: 'AUTH.INVALID_TOKEN',
      status: 401,
      message: 'The access token has expired.',
    });
  });

  test('when the token names a key that is not in the set, then the refusal says so', async () => {
    const foreign = signAccessToken(
      otherKey,
      { sub: 'acc-1', role: 'startup' },
      { issuer: ISSUER, audience: AUDIENCE, now: issuedAt },
    );

    expect(await rejection(foreign)).toMatchObject({
      message: 'The access token names an unknown signing key.',
    });
  });

  test('when the key set is read, then it is asked on each verification so rotations apply at once', async () => {
    let trusted = [key.publicJwk];
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys: () => trusted,
      now: () => issuedAt,
    });
    await verifier.verify(validToken());

    trusted = [otherKey.publicJwk];

    await expect(verifier.verify(validToken())).rejects.toMatchObject({ status: 401 });
  });
});

describe('generateSigningKey', () => {
  test('when generated, then the kid is the JWK thumbprint and the public JWK is RS256 for signing', () => {
    expect(key.kid).toBe(jwkThumbprint(key.publicJwk));
    expect(key.kid).not.toBe(otherKey.kid);
    expect(key.publicJwk).toMatchObject({ kty: 'RSA', kid: key.kid, alg: 'RS256', use: 'sig' });
    expect(key.privateKeyPem).toContain('BEGIN PRIVATE KEY');
  });
});

describe('jwkThumbprint', () => {
  test('when given the RFC 7638 example key, then it yields the RFC thumbprint', () => {
    const n =
      '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMs' +
      'tn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n9' +
      '1CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw';

    expect(jwkThumbprint({ n, e: 'AQAB' })).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });
});

describe('the email_verified and sid claims', () => {
  const tokenFor = (extra: { emailVerified?: boolean; sessionId?: string }) =>
    signAccessToken(
      key,
      { sub: 'acc-2', role: 'advisor', ...extra },
      { issuer: ISSUER, audience: AUDIENCE, now: issuedAt },
    );

  test('when the token says the email is unverified and names its session, then the principal carries both', async () => {
    const principal = await verifierAt(issuedAt).verify(
      tokenFor({ emailVerified: false, sessionId: 'fam-1' }),
    );

    expect(principal).toEqual({
      sub: 'acc-2',
      role: 'advisor',
      staffRoles: [],
      emailVerified: false,
      sessionId: 'fam-1',
    });
    expect(emailUnverified(principal)).toBe(true);
  });

  test('when a token has no email_verified claim (issued before it existed), then it counts as verified', async () => {
    const principal = await verifierAt(issuedAt).verify(tokenFor({}));

    expect(principal).toEqual({ sub: 'acc-2', role: 'advisor', staffRoles: [] });
    expect(emailUnverified(principal)).toBe(false);
  });
});
