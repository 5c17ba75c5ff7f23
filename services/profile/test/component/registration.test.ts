import { waitFor } from '@jisr/test-kit';
import { aRegistration } from '../builders/profile-builders';
import type { ApiResponse } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

describe('POST /v1/accounts with a weak password', () => {
  let profile: ProfileHarness;
  beforeAll(async () => {
    profile = await startProfile();
  });
  afterAll(async () => {
    await profile.stop();
  });

  test.each([['aaaaaaaaaa'], ['1234567890'], ['password123'], ['(the email itself)']])(
    'when the password is %s, then it is refused with 400 ACCOUNT.WEAK_PASSWORD and no account exists',
    async (password) => {
      const person = aRegistration();
      const chosen = password === '(the email itself)' ? person.email : password;

      const response = await profile.request('POST', '/v1/accounts', {
        body: { ...person, password: chosen },
      });

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('ACCOUNT.WEAK_PASSWORD');
      expect(response.body.errors[0]).toMatchObject({ path: 'body.password' });
      await expect(profile.login(person.email, chosen)).rejects.toThrow(/401/);
    },
  );

  test('when the caller reads Arabic or Turkish, then the reasons come in that language', async () => {
    const body = { ...aRegistration(), password: 'password123' };

    const ar = await profile.request('POST', '/v1/accounts', { body, headers: { 'accept-language': 'ar' } });
    const tr = await profile.request('POST', '/v1/accounts', { body, headers: { 'accept-language': 'tr' } });

    expect(ar.body.errors[0]).toEqual({
      path: 'body.password',
      code: 'password.warning.common',
      message: 'هذه كلمة مرور شائعة.',
    });
    expect(tr.body.errors[0].message).toBe('Bu yaygın olarak kullanılan bir parola.');
  });
});

describe('POST /v1/accounts rate limits', () => {
  let profile: ProfileHarness;
  beforeAll(async () => {
    profile = await startProfile({ REGISTRATION_MAX_PER_EMAIL: '2', REGISTRATION_MAX_PER_IP: '5' });
  });
  afterAll(async () => {
    await profile.stop();
  });

  test('when one email is registered again and again, then the third attempt is 429 with Retry-After', async () => {
    const person = aRegistration();
    const statuses: number[] = [];
    let last: ApiResponse | undefined;
    for (const email of [person.email, person.email.toUpperCase(), ` ${person.email}`]) {
      last = await profile.request('POST', '/v1/accounts', { body: { ...person, email } });
      statuses.push(last.status);
    }

    expect(statuses).toEqual([202, 202, 429]);
    expect(last?.body).toMatchObject({ code: 'ACCOUNT.TOO_MANY_REGISTRATIONS' });
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('when one address registers many emails, then it is refused with 429 past its budget', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await profile.request('POST', '/v1/accounts', { body: aRegistration() })).status);

    // The first test spent 3 of this address's 5 attempts.
    expect(statuses).toEqual([202, 202, 429, 429]);
  });
});

describe('POST /v1/sessions during a registration flood', () => {
  const FLOOD = 24;
  let profile: ProfileHarness;
  beforeAll(async () => {
    // A real scrypt cost (16 MiB each) so that hashes take long enough for a queue to form.
    profile = await startProfile({
      PASSWORD_SCRYPT_COST: '14',
      PASSWORD_HASH_CONCURRENCY: '2',
      PASSWORD_HASH_QUEUE: '8',
    });
  });
  afterAll(async () => {
    await profile.stop();
  });

  test('when registrations flood the service, then logins overtake the waiting registrations and the surplus gets 503', async () => {
    const people = [await profile.signUp(), await profile.signUp(), await profile.signUp()];
    const answered: Array<{ status: number; retryAfter: string | null }> = [];
    const flood = Array.from({ length: FLOOD }, () =>
      profile.request('POST', '/v1/accounts', { body: aRegistration() }).then((response) => {
        answered.push({ status: response.status, retryAfter: response.headers.get('retry-after') });
      }),
    );
    await waitFor(() => answered.some((answer) => answer.status === 503), {
      what: 'the registration queue to overflow',
      timeoutMs: 30_000,
    });
    const registeredBefore = answered.filter((answer) => answer.status === 202).length;

    const logins = await Promise.all(people.map((person) => profile.login(person.email, person.password)));
    const registeredDuring = answered.filter((answer) => answer.status === 202).length - registeredBefore;
    await Promise.all(flood);
    const registeredAfter = answered.filter((answer) => answer.status === 202).length - registeredBefore;

    expect(logins.map((tokens) => tokens.accountId)).toEqual(people.map((person) => person.accountId));
    // Two hash slots, one of them held for logins: at most two registrations finish while three logins
    // are served, plus one whose hash was done but whose answer was still in flight when counted…
    expect(registeredDuring).toBeLessThanOrEqual(3);
    // …while the registrations queued before them were still waiting.
    expect(registeredAfter - registeredDuring).toBeGreaterThanOrEqual(5);
    const refused = answered.filter((answer) => answer.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((answer) => answer.retryAfter === '2')).toBe(true);
    expect(answered).toHaveLength(FLOOD);
  });
});
