import { createTokenVerifier } from '@jisr/auth';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile();
});
afterAll(async () => {
  await profile.stop();
});

const kidOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as { kid: string }).kid;

/** What matching and messaging build: nothing but the JWKS URL, issuer and audience. */
const jwksVerifier = () =>
  createTokenVerifier({
    jwksUrl: `${profile.url}/.well-known/jwks.json`,
    issuer: 'http://profile.jisr.test',
    audience: 'jisr',
    minRefetchIntervalMs: 0,
    now: () => profile.clock.now(),
  });

describe('GET /.well-known/jwks.json', () => {
  test('when another service verifies with only the JWKS URL, then profile tokens verify with their subject, role, email claim and session', async () => {
    const advisor = await profile.signUp({ role: 'advisor' });

    const principal = await jwksVerifier().verify(advisor.token);

    expect(principal).toEqual({
      sub: advisor.accountId,
      role: 'advisor',
      staffRoles: [],
      emailVerified: false,
      sessionId: expect.any(String),
    });
  });

  test('when the JWKS is read, then it holds RSA public keys only, named by the kid tokens carry', async () => {
    const person = await profile.signUp();

    const jwks = await profile.request('GET', '/.well-known/jwks.json');

    expect(jwks.status).toBe(200);
    expect(jwks.body.keys.map((key: { kid: string }) => key.kid)).toContain(kidOf(person.token));
    for (const key of jwks.body.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    }
  });

  test('when a token is forged with HS256 over the public key, then it is refused', async () => {
    const person = await profile.signUp();
    const [header, payload] = person.token.split('.');
    const forgedHeader = Buffer.from(
      JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: kidOf(person.token) }),
    ).toString('base64url');
    const forged = `${forgedHeader}.${payload}.${header}`;

    const me = await profile.request('GET', '/v1/me', { token: forged });

    expect(me.status).toBe(401);
    await expect(jwksVerifier().verify(forged)).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
  });
});

describe('POST /v1/signing-keys/rotation', () => {
  test('when the council rotates the key, then old tokens still verify until they expire and new tokens use the new key', async () => {
    const council = await profile.council();
    const startup = await profile.signUp();
    const oldKid = kidOf(startup.token);
    const verifier = jwksVerifier();
    await verifier.verify(startup.token);

    const rotated = await profile.request('POST', '/v1/signing-keys/rotation', { token: council.token });
    const fresh = await profile.login(startup.email, startup.password);

    expect(rotated.status).toBe(201);
    expect(rotated.body.retired).toContain(oldKid);
    expect(kidOf(fresh.accessToken)).toBe(rotated.body.kid);
    expect((await profile.request('GET', '/v1/me', { token: startup.token })).status).toBe(200);
    await expect(verifier.verify(startup.token)).resolves.toMatchObject({ sub: startup.accountId });
    await expect(verifier.verify(fresh.accessToken)).resolves.toMatchObject({ sub: startup.accountId });

    profile.clock.advance(901_000);
    const jwks = await profile.request('GET', '/.well-known/jwks.json');
    expect(jwks.body.keys.map((key: { kid: string }) => key.kid)).not.toContain(oldKid);
    expect((await profile.request('GET', '/v1/me', { token: startup.token })).status).toBe(401);
  });

  test('when a startup asks to rotate keys, then it is refused with 403 and the signing key stays', async () => {
    const startup = await profile.signUp();
    const before = await profile.request('GET', '/.well-known/jwks.json');

    const attempt = await profile.request('POST', '/v1/signing-keys/rotation', { token: startup.token });

    expect(attempt.status).toBe(403);
    expect((await profile.request('GET', '/.well-known/jwks.json')).body).toEqual(before.body);
  });
});

describe('restarts', () => {
  test('when the service restarts on the same storage, then tokens issued before still verify (keys are persisted)', async () => {
    const person = await profile.signUp();
    const keysBefore = (await profile.request('GET', '/.well-known/jwks.json')).body;

    await profile.restart();
    const again = await profile.request('GET', '/v1/me', { token: person.token });

    expect(again.status).toBe(200);
    expect((await profile.request('GET', '/.well-known/jwks.json')).body).toEqual(keysBefore);
  });
});
