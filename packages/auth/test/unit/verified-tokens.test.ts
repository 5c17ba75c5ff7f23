import { createTokenVerifier, generateSigningKey, signAccessToken, type SigningKey } from '@jisr/auth';
import jwt from 'jsonwebtoken';
import { AUDIENCE, ISSUER } from '../fixtures/forged-tokens';

const issuedAt = new Date('2025-03-01T10:00:00Z');

let [key, otherKey] = [] as SigningKey[] as [SigningKey, SigningKey];
beforeAll(() => {
  [key, otherKey] = [generateSigningKey(), generateSigningKey()];
});

afterEach(() => jest.restoreAllMocks());

const tokenOf = (signer: SigningKey) =>
  signAccessToken(
    signer,
    { sub: 'acc-1', role: 'startup' },
    { issuer: ISSUER, audience: AUDIENCE, now: issuedAt },
  );

const clockAndKeys = () => {
  const state = { now: issuedAt, published: [] as SigningKey[] };
  const verifier = createTokenVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    keys: () => state.published.map((published) => published.publicJwk),
    now: () => state.now,
  });
  return { state, verifier };
};

describe('verified tokens are remembered', () => {
  test('when the same token comes again, then its signature is not checked again and the principal is the same', async () => {
    const { state, verifier } = clockAndKeys();
    state.published = [key];
    const checks = jest.spyOn(jwt, 'verify');
    const token = tokenOf(key);

    const first = await verifier.verify(token);
    const again = await Promise.all([verifier.verify(token), verifier.verify(token)]);

    expect(again).toEqual([first, first]);
    expect(first).toEqual({ sub: 'acc-1', role: 'startup', staffRoles: [] });
    expect(checks).toHaveBeenCalledTimes(1);
  });

  test('when a remembered token expires, then it is refused as expired', async () => {
    const { state, verifier } = clockAndKeys();
    state.published = [key];
    const token = tokenOf(key);
    await verifier.verify(token);

    state.now = new Date(issuedAt.getTime() + 900_000);

    await expect(verifier.verify(token)).rejects.toMatchObject({
      status: 401,
      message: 'The access token has expired.',
    });
  });

  test('when the key that signed a remembered token is retired, then the token is refused at once', async () => {
    const { state, verifier } = clockAndKeys();
    state.published = [key, otherKey];
    const token = tokenOf(key);
    await verifier.verify(token);

    state.published = [otherKey];

    await expect(verifier.verify(token)).rejects.toMatchObject({
      status: 401,
      message: 'The access token names an unknown signing key.',
    });
  });

  test('when a remembered principal is changed by a caller, then the next request still gets the original', async () => {
    const { state, verifier } = clockAndKeys();
    state.published = [key];
    const token = tokenOf(key);
    const first = await verifier.verify(token);

    expect(() => Object.assign(first, { role: 'council' })).toThrow(TypeError);
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'acc-1', role: 'startup', staffRoles: [] });
  });
});
