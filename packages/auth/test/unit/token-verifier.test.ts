import { createHmac, createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createTokenVerifier, generateSigningKey, signAccessToken, type SigningKey } from '@jisr/auth';
import { isAppError } from '@jisr/errors';
import { jwkThumbprint } from '../../src/signing-key';

const ISSUER = 'https://profile.jisr.test';
const AUDIENCE = 'jisr';
const issuedAt = new Date('2025-03-01T10:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

let key: SigningKey;
let otherKey: SigningKey;
beforeAll(() => {
  key = generateSigningKey();
  otherKey = generateSigningKey();
});

const verifierAt = (now: Date) =>
  createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: () => [key.publicJwk], now: () => now });
const tokenFor = (
  overrides: { issuer?: string; audience?: string; ttlSeconds?: number; signWith?: SigningKey } = {},
) =>
  signAccessToken(
    overrides.signWith ?? key,
    { sub: 'acc-1', role: 'startup' },
    {
      issuer: overrides.issuer ?? ISSUER,
      audience: overrides.audience ?? AUDIENCE,
      ttlSeconds: overrides.ttlSeconds ?? 900,
      now: issuedAt,
    },
  );
const claims = (extra: Record<string, unknown> = {}) => ({
  sub: 'acc-1',
  role: 'council',
  iss: ISSUER,
  aud: AUDIENCE,
  iat: issuedAt.getTime() / 1000,
  exp: issuedAt.getTime() / 1000 + 900,
  ...extra,
});

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
  test('when the token is valid, then it yields the subject and role', async () => {
    await expect(verifierAt(issuedAt).verify(tokenFor())).resolves.toEqual({ sub: 'acc-1', role: 'startup' });
  });

  test('when the token header says alg none, then it is refused with 401', async () => {
    const forged = `${b64({ alg: 'none', typ: 'JWT', kid: key.kid })}.${b64(claims())}.`;

    expect(await rejection(forged)).toMatchObject({ code: 'AUTH.INVALID_TOKEN', status: 401 });
  });

  test('when the token is HS256 signed with the public key as secret, then it is refused with 401', async () => {
    const publicPem = createPublicKey({ key: key.publicJwk, format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const signingInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: key.kid })}.${b64(claims())}`;
    const forged = `${signingInput}.${createHmac('sha256', publicPem).update(signingInput).digest('base64url')}`;

    expect(await rejection(forged)).toMatchObject({ code: 'AUTH.INVALID_TOKEN', status: 401 });
  });

  test('when the issuer is another, then it is refused with 401', async () => {
    expect(await rejection(tokenFor({ issuer: 'https://evil.test' }))).toMatchObject({ status: 401 });
  });

  test('when the audience is another, then it is refused with 401', async () => {
    expect(await rejection(tokenFor({ audience: 'someone-else' }))).toMatchObject({ status: 401 });
  });

  test('when the token has expired, then it is refused with 401 saying so', async () => {
    const afterExpiry = new Date(issuedAt.getTime() + 901_000);

    expect(await rejection(tokenFor(), afterExpiry)).toEqual({
      code: 'AUTH.INVALID_TOKEN',
      status: 401,
      message: 'The access token has expired.',
    });
  });

  test('when the token names a key that is not in the set, then it is refused with 401', async () => {
    expect(await rejection(tokenFor({ signWith: otherKey }))).toMatchObject({
      status: 401,
      message: 'The access token names an unknown signing key.',
    });
  });

  test('when another key signs under the known kid, then the signature check refuses it with 401', async () => {
    const forged = jwt.sign(claims(), otherKey.privateKeyPem, { algorithm: 'RS256', keyid: key.kid });

    expect(await rejection(forged)).toMatchObject({ status: 401, message: 'The access token is not valid.' });
  });

  test('when the payload is tampered with, then it is refused with 401', async () => {
    const [header, , signature] = tokenFor().split('.');
    const tampered = `${header}.${b64(claims({ role: 'council' }))}.${signature}`;

    expect(await rejection(tampered)).toMatchObject({ status: 401 });
  });

  test('when the token carries no expiry, then it is refused with 401', async () => {
    const { exp: _exp, ...withoutExpiry } = claims();
    const forever = jwt.sign(withoutExpiry, key.privateKeyPem, { algorithm: 'RS256', keyid: key.kid });

    expect(await rejection(forever)).toMatchObject({ status: 401 });
  });

  test('when the role is not one of ours, then it is refused with 401', async () => {
    const strange = jwt.sign(claims({ role: 'admin' }), key.privateKeyPem, {
      algorithm: 'RS256',
      keyid: key.kid,
    });

    expect(await rejection(strange)).toMatchObject({ status: 401 });
  });

  test.each(['', 'garbage', 'a.b.c', `${b64({ alg: 'RS256', typ: 'JWT' })}.not-json.sig`, '..'])(
    'when the token is "%s", then it is refused with 401',
    async (garbage) => {
      expect(await rejection(garbage)).toMatchObject({ code: 'AUTH.INVALID_TOKEN', status: 401 });
    },
  );
});

describe('generateSigningKey', () => {
  test('when generated, then the kid is the JWK thumbprint and the public JWK is RS256 for signing', () => {
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
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
