import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createTokenVerifier,
  generateSigningKey,
  signAccessToken,
  type PublicJwk,
  type SigningKey,
} from '@jisr/auth';

const ISSUER = 'https://profile.jisr.test';
const AUDIENCE = 'jisr';
const MIN_REFETCH_MS = 60_000;

/** A real HTTP JWKS endpoint, as the profile service publishes it; counts how often it is asked. */
interface JwksServer {
  readonly url: string;
  keys: PublicJwk[];
  fetches: number;
  close(): Promise<void>;
}

const startJwksServer = async (keys: PublicJwk[]): Promise<JwksServer> => {
  const server: Server = createServer((_req, res) => {
    jwks.fetches += 1;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({ keys: [...jwks.keys, { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'ec-key' }] }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const jwks: JwksServer = {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    keys,
    fetches: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return jwks;
};

let firstKey: SigningKey;
let rotatedKey: SigningKey;
let strangerKey: SigningKey;
beforeAll(() => {
  [firstKey, rotatedKey, strangerKey] = [generateSigningKey(), generateSigningKey(), generateSigningKey()];
});

const clock = () => {
  let current = new Date('2025-03-01T10:00:00Z');
  return { now: () => current, advance: (ms: number) => (current = new Date(current.getTime() + ms)) };
};
const tokenOf = (key: SigningKey, now: Date) =>
  signAccessToken(key, { sub: 'acc-7', role: 'advisor' }, { issuer: ISSUER, audience: AUDIENCE, now });

describe('createTokenVerifier with a JWKS URL', () => {
  let jwks: JwksServer;
  beforeEach(async () => {
    jwks = await startJwksServer([firstKey.publicJwk]);
  });
  afterEach(async () => {
    await jwks.close();
  });

  test('when tokens are signed by a published key, then they verify and the set is fetched once', async () => {
    const time = clock();
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: jwks.url,
      now: time.now,
    });

    await expect(verifier.verify(tokenOf(firstKey, time.now()))).resolves.toEqual({
      sub: 'acc-7',
      role: 'advisor',
      staffRoles: [],
    });
    await expect(verifier.verify(tokenOf(firstKey, time.now()))).resolves.toEqual({
      sub: 'acc-7',
      role: 'advisor',
      staffRoles: [],
    });
    expect(jwks.fetches).toBe(1);
  });

  test('when the issuer rotates to a new key, then its first token refetches the set and verifies', async () => {
    const time = clock();
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: jwks.url,
      now: time.now,
      minRefetchIntervalMs: MIN_REFETCH_MS,
    });
    await verifier.verify(tokenOf(firstKey, time.now()));

    time.advance(MIN_REFETCH_MS);
    jwks.keys = [firstKey.publicJwk, rotatedKey.publicJwk];

    await expect(verifier.verify(tokenOf(rotatedKey, time.now()))).resolves.toMatchObject({ sub: 'acc-7' });
    expect(jwks.fetches).toBe(2);
  });

  test('when tokens keep naming unknown keys, then the set is refetched at most once per interval', async () => {
    const time = clock();
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: jwks.url,
      now: time.now,
      minRefetchIntervalMs: MIN_REFETCH_MS,
    });
    await verifier.verify(tokenOf(firstKey, time.now()));

    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => verifier.verify(tokenOf(strangerKey, time.now()))),
    );
    time.advance(MIN_REFETCH_MS - 1);
    await expect(verifier.verify(tokenOf(strangerKey, time.now()))).rejects.toMatchObject({ status: 401 });

    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('rejected'));
    expect(jwks.fetches).toBe(1);
  });

  test('when the interval has passed, then an unknown key triggers a single new fetch', async () => {
    const time = clock();
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: jwks.url,
      now: time.now,
      minRefetchIntervalMs: MIN_REFETCH_MS,
    });
    await verifier.verify(tokenOf(firstKey, time.now()));
    time.advance(MIN_REFETCH_MS);

    await expect(
      Promise.all([
        verifier.verify(tokenOf(strangerKey, time.now())),
        verifier.verify(tokenOf(strangerKey, time.now())),
      ]),
    ).rejects.toMatchObject({ code: 'AUTH.INVALID_TOKEN', status: 401 });
    expect(jwks.fetches).toBe(2);
  });

  test('when the token is garbage, then the set is not fetched at all', async () => {
    const verifier = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: jwks.url });

    await expect(verifier.verify('garbage')).rejects.toMatchObject({ status: 401 });
    expect(jwks.fetches).toBe(0);
  });

  test('when the JWKS endpoint is unreachable, then verification fails with 503 instead of blaming the caller', async () => {
    const gone = await startJwksServer([firstKey.publicJwk]);
    await gone.close();
    const time = clock();
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: gone.url,
      now: time.now,
    });

    await expect(verifier.verify(tokenOf(firstKey, time.now()))).rejects.toMatchObject({
      code: 'AUTH.KEYS_UNAVAILABLE',
      status: 503,
    });
  });
});
