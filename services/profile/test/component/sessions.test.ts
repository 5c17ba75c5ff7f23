import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
beforeAll(async () => {
  profile = await startProfile();
});
afterAll(async () => {
  await profile.stop();
});

describe('POST /v1/sessions (login)', () => {
  test('when the email is unknown or the password wrong, then both get the same 401 answer', async () => {
    const person = await profile.signUp();

    const wrongPassword = await profile.request('POST', '/v1/sessions', {
      body: { email: person.email, password: 'not the password' },
    });
    const unknownEmail = await profile.request('POST', '/v1/sessions', {
      body: { email: `nobody-${Date.now()}@example.ly`, password: 'not the password' },
    });

    expect(wrongPassword.status).toBe(401);
    const { correlationId: _a, ...first } = wrongPassword.body;
    const { correlationId: _b, ...second } = unknownEmail.body;
    expect(first).toEqual(second);
    expect(first).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
  });

  test('when the email differs only in case and blanks, then login succeeds', async () => {
    const person = await profile.signUp();

    const tokens = await profile.login(`  ${person.email.toUpperCase()} `, person.password);

    expect(tokens).toMatchObject({
      tokenType: 'Bearer',
      accountId: person.accountId,
      role: 'startup',
      expiresIn: 900,
    });
  });
});

describe('POST /v1/sessions/refresh', () => {
  test('when a refresh token is spent, then a new pair is issued and the access token works', async () => {
    const person = await profile.signUp();

    const refreshed = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: person.refreshToken },
    });
    const me = await profile.request('GET', '/v1/me', { token: refreshed.body.accessToken });

    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(person.refreshToken);
    expect(refreshed.headers.get('cache-control')).toBe('no-store');
    expect(me.body.accountId).toBe(person.accountId);
  });

  test('when a spent refresh token is used again, then it is refused and the whole family is revoked', async () => {
    const person = await profile.signUp();
    const rotated = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: person.refreshToken },
    });

    const reuse = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: person.refreshToken },
    });
    const newestAfterReuse = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: rotated.body.refreshToken },
    });

    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('AUTH.REFRESH_TOKEN_REUSED');
    expect(newestAfterReuse.status).toBe(401);
    expect(newestAfterReuse.body.code).toBe('AUTH.INVALID_REFRESH_TOKEN');
  });

  test('when the refresh token has outlived its lifetime, then it is refused', async () => {
    const person = await profile.signUp();
    profile.clock.advance(31 * 86_400_000);

    const refreshed = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: person.refreshToken },
    });

    expect(refreshed.status).toBe(401);
  });

  test('when a token that was never issued is offered, then it is refused', async () => {
    const refreshed = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: 'made-up-token' },
    });

    expect(refreshed.status).toBe(401);
    expect(refreshed.body.code).toBe('AUTH.INVALID_REFRESH_TOKEN');
  });
});

describe('POST /v1/sessions/logout', () => {
  test('when a person logs out, then their refresh token no longer works but other sessions do', async () => {
    const person = await profile.signUp();
    const otherDevice = await profile.login(person.email, person.password);

    const loggedOut = await profile.request('POST', '/v1/sessions/logout', {
      body: { refreshToken: person.refreshToken },
    });
    const afterLogout = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: person.refreshToken },
    });
    const other = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: otherDevice.refreshToken },
    });

    expect(loggedOut.status).toBe(204);
    expect(afterLogout.status).toBe(401);
    expect(other.status).toBe(200);
  });
});

describe('login rate limit per account', () => {
  let limited: ProfileHarness;
  beforeAll(async () => {
    limited = await startProfile({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
  });
  afterAll(async () => {
    await limited.stop();
  });

  test('when one account gets more attempts than allowed, then further attempts get 429 with Retry-After, even with the right password', async () => {
    const person = await limited.signUp();
    for (let i = 0; i < 2; i++) {
      await limited.request('POST', '/v1/sessions', {
        body: { email: person.email, password: `guess number ${i}` },
      });
    }

    const blocked = await limited.request('POST', '/v1/sessions', {
      body: { email: person.email, password: person.password },
    });

    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('when the window has passed, then the account can log in again', async () => {
    const person = await limited.signUp();
    for (let i = 0; i < 3; i++) {
      await limited.request('POST', '/v1/sessions', {
        body: { email: person.email, password: `guess number ${i}` },
      });
    }
    limited.clock.advance(901_000);

    const again = await limited.request('POST', '/v1/sessions', {
      body: { email: person.email, password: person.password },
    });

    expect(again.status).toBe(200);
  });
});

describe('login rate limit per IP', () => {
  let limited: ProfileHarness;
  beforeAll(async () => {
    limited = await startProfile({ LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
  });
  afterAll(async () => {
    await limited.stop();
  });

  test('when one IP sprays a password over many accounts, then it is limited after the allowance', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const attempt = await limited.request('POST', '/v1/sessions', {
        body: { email: `spray-${i}-${Date.now()}@example.ly`, password: 'Winter2025!!' },
      });
      statuses.push(attempt.status);
    }

    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
