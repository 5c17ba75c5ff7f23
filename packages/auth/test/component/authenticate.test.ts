import {
  authenticate,
  createTokenVerifier,
  generateSigningKey,
  principalOf,
  requireRole,
  signAccessToken,
  type StaffRole,
  type Role,
  type SigningKey,
} from '@jisr/auth';
import { createHttpApp, startHttpServer, type RunningHttpServer } from '@jisr/http-kit';
import { silentLogger } from '@jisr/logger';
import { AUDIENCE, ISSUER, forgedTokens } from '../fixtures/forged-tokens';

const now = new Date('2025-03-01T10:00:00Z');
let key: SigningKey;
let stranger: SigningKey;
let server: RunningHttpServer;

beforeAll(async () => {
  [key, stranger] = [generateSigningKey(), generateSigningKey()];
  const verifier = createTokenVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    keys: () => [key.publicJwk],
    now: () => now,
  });
  const app = createHttpApp({
    service: 'auth-test',
    logger: silentLogger(),
    readiness: () => Promise.resolve({}),
    routes: (router) => {
      router.get('/v1/me', authenticate(verifier), (_req, res) => {
        res.json(principalOf(res));
      });
      router.get(
        '/v1/pipeline',
        authenticate(verifier),
        requireRole('programme-manager', 'observer'),
        (_req, res) => {
          res.json({ stages: [] });
        },
      );
      router.get('/v1/forgot-authenticate', (_req, res) => {
        res.json(principalOf(res));
      });
    },
  });
  server = await startHttpServer(app, { port: 0, logger: silentLogger() });
});
afterAll(() => server.close());

const call = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
const tokenAs = (role: Role, staffRoles: readonly StaffRole[] = []) =>
  signAccessToken(key, { sub: `acc-${role}`, role, staffRoles }, { issuer: ISSUER, audience: AUDIENCE, now });

describe('authenticate', () => {
  test('when the bearer token is valid, then the route sees the principal', async () => {
    const response = await call('/v1/me', tokenAs('advisor'));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: 'acc-advisor', role: 'advisor', staffRoles: [] });
  });

  test('when no token is sent, then 401 problem+json asks for a bearer token', async () => {
    const response = await call('/v1/me');

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'AUTH.INVALID_TOKEN', status: 401 });
  });

  test('when the scheme is not Bearer, then 401', async () => {
    const response = await fetch(`${server.url}/v1/me`, {
      headers: { authorization: `Basic ${tokenAs('council')}` },
    });

    expect(response.status).toBe(401);
  });

  test('every forged or flawed token gets 401 over HTTP', async () => {
    const forged = forgedTokens(key, stranger, now);

    const statuses = await Promise.all(
      forged.map(async ([flaw, token]) => {
        const response = await call('/v1/me', token);
        return { flaw, status: response.status, challenge: response.headers.get('www-authenticate') };
      }),
    );

    expect(statuses).toEqual(
      forged.map(([flaw]) => ({ flaw, status: 401, challenge: 'Bearer error="invalid_token"' })),
    );
  });
});

describe('requireRole', () => {
  test('when the principal has the role, then the route runs', async () => {
    const response = await call('/v1/pipeline', tokenAs('council', ['observer']));

    expect(response.status).toBe(200);
  });

  test('when a member of staff holds none of the staff roles, then 403 AUTH.FORBIDDEN', async () => {
    const response = await call('/v1/pipeline', tokenAs('council', ['verifier', 'centre-coordinator']));

    expect(response.status).toBe(403);
  });

  test('when the principal has another role, then 403 AUTH.FORBIDDEN', async () => {
    const response = await call('/v1/pipeline', tokenAs('startup'));

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'AUTH.FORBIDDEN', status: 403 });
  });
});

describe('principalOf', () => {
  test('when a route forgot authenticate, then it answers 401 instead of running anonymously', async () => {
    const response = await call('/v1/forgot-authenticate', tokenAs('council'));

    expect(response.status).toBe(401);
  });
});
