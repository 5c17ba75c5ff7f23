import { aRegistration } from '../builders/profile-builders';
import { linkToken } from './mail-folder-reader';
import { startProfile, type ProfileHarness } from './profile-harness';

const NEW_PASSWORD = 'a brand new passphrase 42';

describe('registration without enumeration', () => {
  let profile: ProfileHarness;
  beforeAll(async () => {
    profile = await startProfile();
  });
  afterAll(async () => {
    await profile.stop();
  });

  test('when a new and a taken address register, then status, body and headers match and each sends exactly one email', async () => {
    const owner = await profile.signUp();
    await profile.mailTo(owner.email);
    const newcomer = aRegistration();
    const pick = (response: { status: number; body: unknown; headers: Headers }) => ({
      status: response.status,
      body: response.body,
      headers: [...response.headers.keys()].filter(
        (name) => !['date', 'x-correlation-id', 'content-length', 'etag'].includes(name),
      ),
    });

    const fresh = pick(
      await profile.request('POST', '/v1/accounts', { body: { ...newcomer, email: 'x@x.ly' } }),
    );
    const taken = pick(
      await profile.request('POST', '/v1/accounts', { body: { ...newcomer, email: owner.email } }),
    );
    const [, warning] = await profile.mailTo(owner.email, 2);

    expect({ ...taken, body: { ...(taken.body as object), email: 'x@x.ly' } }).toEqual(fresh);
    expect(taken.body).toEqual({ email: owner.email, status: 'received' });
    expect(warning?.subject).toBe('Someone tried to register on Jisr with your address');
    expect(warning?.text).toContain('/forgot-password');
    expect((await profile.mailTo('x@x.ly'))[0]?.subject).toBe('Confirm your email address for Jisr');
  });

  test('when a taken address registers with a weak password, then it is judged like a new one (the same password work runs)', async () => {
    const owner = await profile.signUp();

    const taken = await profile.request('POST', '/v1/accounts', {
      body: { ...aRegistration(), email: owner.email, password: 'password123' },
    });
    const fresh = await profile.request('POST', '/v1/accounts', {
      body: { ...aRegistration(), password: 'password123' },
    });

    expect([taken.status, taken.body.code]).toEqual([fresh.status, fresh.body.code]);
    expect(taken.body.code).toBe('ACCOUNT.WEAK_PASSWORD');
  });
});

describe('password reset, password change, email change, reactivation', () => {
  let profile: ProfileHarness;
  beforeAll(async () => {
    profile = await startProfile();
  });
  afterAll(async () => {
    await profile.stop();
  });

  const resetLink = async (email: string, nth: number): Promise<string> => {
    await profile.request('POST', '/v1/password-resets', { body: { email } });
    return linkToken((await profile.mailTo(email, nth))[nth - 1]!);
  };

  test('when a known and an unknown address ask for a reset, then both get 202 with the same body shape', async () => {
    const person = await profile.signUp();

    const known = await profile.request('POST', '/v1/password-resets', { body: { email: person.email } });
    const unknown = await profile.request('POST', '/v1/password-resets', {
      body: { email: 'nobody@example.ly' },
    });

    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual({ email: person.email, status: 'received' });
    expect(unknown.body).toEqual({ email: 'nobody@example.ly', status: 'received' });
  });

  test('when a reset link is used while the person is signed in elsewhere, then the password changes and every session is revoked', async () => {
    const person = await profile.signUp();
    const elsewhere = await profile.login(person.email, person.password);
    const token = await resetLink(person.email, 2);

    const reset = await profile.request('POST', '/v1/password-resets/confirm', {
      body: { token, password: NEW_PASSWORD },
    });
    const refreshes = await Promise.all(
      [person.refreshToken, elsewhere.refreshToken].map((refreshToken) =>
        profile.request('POST', '/v1/sessions/refresh', { body: { refreshToken } }),
      ),
    );
    const reused = await profile.request('POST', '/v1/password-resets/confirm', {
      body: { token, password: 'yet another passphrase 7' },
    });

    expect(reset.status).toBe(204);
    expect(refreshes.map((response) => response.status)).toEqual([401, 401]);
    await expect(profile.login(person.email, person.password)).rejects.toThrow(/401/);
    await expect(profile.login(person.email, NEW_PASSWORD)).resolves.toMatchObject({
      accountId: person.accountId,
    });
    expect(reused.body.code).toBe('ACCOUNT.INVALID_EMAIL_TOKEN');
  });

  test('when a reset link is older than an hour, or a newer link was sent, then it is refused', async () => {
    const person = await profile.signUp();
    const first = await resetLink(person.email, 2);
    const second = await resetLink(person.email, 3);

    const superseded = await profile.request('POST', '/v1/password-resets/confirm', {
      body: { token: first, password: NEW_PASSWORD },
    });
    profile.clock.advance(3600_000 + 1);
    const expired = await profile.request('POST', '/v1/password-resets/confirm', {
      body: { token: second, password: NEW_PASSWORD },
    });

    expect([superseded.body.code, expired.body.code]).toEqual([
      'ACCOUNT.INVALID_EMAIL_TOKEN',
      'ACCOUNT.INVALID_EMAIL_TOKEN',
    ]);
    await expect(profile.login(person.email, person.password)).resolves.toMatchObject({
      accountId: person.accountId,
    });
  });

  test('when a person changes their password, then the current one is required and only their other sessions end', async () => {
    const person = await profile.signUp();
    const other = await profile.login(person.email, person.password);

    const wrong = await profile.request('POST', '/v1/me/password', {
      token: person.token,
      body: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
    });
    const changed = await profile.request('POST', '/v1/me/password', {
      token: person.token,
      body: { currentPassword: person.password, newPassword: NEW_PASSWORD },
    });
    const mine = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: person.refreshToken },
    });
    const theirs = await profile.request('POST', '/v1/sessions/refresh', {
      body: { refreshToken: other.refreshToken },
    });

    expect(wrong).toMatchObject({ status: 400, body: { code: 'ACCOUNT.WRONG_PASSWORD' } });
    expect(changed.status).toBe(204);
    expect([mine.status, theirs.status]).toEqual([200, 401]);
    await expect(profile.login(person.email, NEW_PASSWORD)).resolves.toMatchObject({
      accountId: person.accountId,
    });
  });

  test('when a person moves to a new address, then the new one gets a link, the old one a notice, and the link moves the account', async () => {
    const person = await profile.signUp();
    const newEmail = `moved-${person.email}`;

    const asked = await profile.request('POST', '/v1/me/email', {
      token: person.token,
      body: { newEmail, password: person.password },
    });
    const [confirmation] = await profile.mailTo(newEmail);
    const [, notice] = await profile.mailTo(person.email, 2);
    const beforeLink = await profile.login(person.email, person.password);
    const confirmed = await profile.request('POST', '/v1/email-verifications', {
      body: { token: linkToken(confirmation!) },
    });

    expect(asked).toMatchObject({ status: 202, body: { email: newEmail, status: 'received' } });
    expect(notice?.subject).toBe('The email address of your Jisr account is changing');
    expect(beforeLink.accountId).toBe(person.accountId);
    expect(confirmed.body).toEqual({ email: newEmail, purpose: 'change-email' });
    await expect(profile.login(newEmail, person.password)).resolves.toMatchObject({
      accountId: person.accountId,
    });
    await expect(profile.login(person.email, person.password)).rejects.toThrow(/401/);
  });

  test('when the council reactivates a deactivated account, then its owner can sign in again', async () => {
    const person = await profile.signUp();
    const council = await profile.council();
    await profile.request('POST', `/v1/accounts/${person.accountId}/deactivation`, { token: council.token });
    await expect(profile.login(person.email, person.password)).rejects.toThrow(/403/);

    const byOwner = await profile.request('POST', `/v1/accounts/${person.accountId}/reactivation`, {
      token: person.token,
    });
    const reactivated = await profile.request('POST', `/v1/accounts/${person.accountId}/reactivation`, {
      token: council.token,
    });

    expect(byOwner.status).toBe(403);
    expect(reactivated.status).toBe(204);
    await expect(profile.login(person.email, person.password)).resolves.toMatchObject({
      accountId: person.accountId,
    });
  });
});
