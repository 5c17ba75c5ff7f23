import { startBff, type BffHarness } from './bff-harness';

const CSRF = { 'x-jisr-csrf': '1' };
const JSON_HEADERS = { 'content-type': 'application/json', ...CSRF };

let bff: BffHarness;
beforeAll(async () => {
  bff = await startBff();
});
afterAll(async () => {
  await bff.stop();
});

let counter = 0;
const signUp = async (
  role: 'startup' | 'advisor' = 'startup',
): Promise<{ email: string; password: string }> => {
  counter += 1;
  const person = {
    email: `person-${counter}-${Date.now()}@bff.jisr.test`,
    password: 'Tripoli-harbour-7-lanterns',
  };
  const response = await fetch(`${bff.webUrl}/api/profile/v1/accounts`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ ...person, role }),
  });
  expect(response.status).toBe(202);
  return person;
};

const signIn = async (person: {
  email: string;
  password: string;
}): Promise<{ response: Response; cookie: string }> => {
  const response = await fetch(`${bff.webUrl}/api/session`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(person),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { response, cookie };
};

describe('POST /api/session', () => {
  test('when a person signs in, then the cookie is httpOnly and SameSite=Strict and no token reaches the browser', async () => {
    const person = await signUp();
    const { response, cookie } = await signIn(person);
    const body = await response.text();
    const setCookie = response.headers.getSetCookie();

    expect(response.status).toBe(201);
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(/^jisr_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const session = bff.issued.at(-1);
    expect(session).toBeDefined();
    for (const token of [session?.accessToken ?? '?', session?.refreshToken ?? '?']) {
      expect(body).not.toContain(token);
      expect(setCookie.join('\n')).not.toContain(token);
    }
    expect(JSON.parse(body)).toEqual({ accountId: session?.accountId, role: 'startup', staffRoles: [] });

    const me = await fetch(`${bff.webUrl}/api/profile/v1/me`, { headers: { cookie } });
    const meBody = await me.text();
    expect(me.status).toBe(200);
    expect(JSON.parse(meBody)).toMatchObject({ email: person.email, role: 'startup' });
    expect(meBody).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    expect(me.headers.get('set-cookie')).toBeNull();
  });

  test('when the password is wrong, then profile’s problem arrives in the reader’s language', async () => {
    const person = await signUp();
    const response = await fetch(`${bff.webUrl}/api/session`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'accept-language': 'ar' },
      body: JSON.stringify({ ...person, password: 'not the password' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('set-cookie')).toBeNull();
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(problem.detail).toMatch(/[\u0600-\u06FF]/);
  });

  test('when the browser asks profile for tokens through the proxy, then it is refused', async () => {
    const person = await signUp();
    const response = await fetch(`${bff.webUrl}/api/profile/v1/sessions`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(person),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('WEB.SESSION_ROUTE');
  });
});

describe('CSRF defence', () => {
  test('when a state change comes without the app’s header, then it is refused with 403 and nothing changes', async () => {
    const person = { email: `csrf-${Date.now()}@bff.jisr.test`, password: 'Tripoli-harbour-7-lanterns' };
    const refused = await fetch(`${bff.webUrl}/api/profile/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'tr' },
      body: JSON.stringify({ ...person, role: 'startup' }),
    });
    expect(refused.status).toBe(403);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('WEB.CSRF_HEADER_MISSING');
    expect(problem.detail).toContain('Jisr uygulamasının');
    const { response } = await signIn(person);
    expect(response.status).toBe(401);
  });

  test('when a signed-in browser is made to sign out from another site, then the session survives', async () => {
    const { cookie } = await signIn(await signUp());
    const forged = await fetch(`${bff.webUrl}/api/session`, {
      method: 'DELETE',
      headers: { cookie, ...CSRF, origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { code: string }).code).toBe('WEB.FOREIGN_ORIGIN');
    const still = await fetch(`${bff.webUrl}/api/session`, { headers: { cookie } });
    expect(still.status).toBe(200);
  });
});

describe('DELETE /api/session', () => {
  test('when a person signs out, then the refresh token is revoked at profile and the cookie is cleared', async () => {
    const { cookie } = await signIn(await signUp());
    const refreshToken = bff.issued.at(-1)?.refreshToken ?? '?';

    const out = await fetch(`${bff.webUrl}/api/session`, { method: 'DELETE', headers: { cookie, ...CSRF } });

    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^jisr_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect(bff.revoked).toContain(refreshToken);
    const spent = await fetch(`${bff.profileUrl}/v1/sessions/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(spent.status).toBe(401);
    const after = await fetch(`${bff.webUrl}/api/profile/v1/me`, { headers: { cookie } });
    expect(after.status).toBe(401);
  });
});

describe('token refresh', () => {
  test('when the access token is about to expire, then the BFF refreshes it and the request still succeeds', async () => {
    const { cookie } = await signIn(await signUp());
    const before = bff.issued.length;
    bff.advance(14.8 * 60_000);

    const [first, second] = await Promise.all([
      fetch(`${bff.webUrl}/api/profile/v1/me`, { headers: { cookie } }),
      fetch(`${bff.webUrl}/api/session`, { headers: { cookie } }),
    ]);

    expect([first.status, second.status]).toEqual([200, 200]);
    // Both requests shared one refresh: a second spend of the same refresh token would revoke the family.
    expect(bff.issued.length).toBe(before + 1);
  });
});
