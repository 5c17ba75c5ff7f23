import { aRegistration } from '../builders/profile-builders';
import { linkToken } from './mail-folder-reader';
import { approvedBySecondAdmin } from './second-admin';
import { startProfile, type ProfileHarness } from './profile-harness';

/** The claims of an access token, as matching and messaging read them. */
const claimsOf = (accessToken: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

describe('email verification after sign-up', () => {
  let profile: ProfileHarness;
  beforeAll(async () => {
    profile = await startProfile();
  });
  afterAll(async () => {
    await profile.stop();
  });

  test('when a person signs up, then they get a verification email, can sign in unverified, and are verified after the link', async () => {
    const person = await profile.signUp({ role: 'advisor' });
    const [mail] = await profile.mailTo(person.email);

    const before = claimsOf(person.token);
    const verified = await profile.request('POST', '/v1/email-verifications', {
      body: { token: linkToken(mail!) },
    });
    const after = await profile.login(person.email, person.password);
    const me = await profile.request('GET', '/v1/me', { token: after.accessToken });

    expect(mail?.subject).toBe('Confirm your email address for Jisr');
    expect(mail?.text).toContain('http://127.0.0.1:4000/verify-email?token=');
    expect(before.email_verified).toBe(false);
    expect(verified).toMatchObject({ status: 200, body: { email: person.email, purpose: 'verify-email' } });
    expect(claimsOf(after.accessToken).email_verified).toBe(true);
    expect(me.body.emailVerified).toBe(true);
  });

  test('when the link is used a second time, then it is refused with 400 ACCOUNT.INVALID_EMAIL_TOKEN', async () => {
    const person = await profile.signUp();
    const token = linkToken((await profile.mailTo(person.email))[0]!);
    await profile.request('POST', '/v1/email-verifications', { body: { token } });

    const again = await profile.request('POST', '/v1/email-verifications', { body: { token } });

    expect(again.status).toBe(400);
    expect(again.body.code).toBe('ACCOUNT.INVALID_EMAIL_TOKEN');
  });

  test('when the link is opened after 48 hours, then it is refused and the account stays unverified', async () => {
    const person = await profile.signUp();
    const token = linkToken((await profile.mailTo(person.email))[0]!);
    profile.clock.advance(48 * 3600_000 + 1);

    const late = await profile.request('POST', '/v1/email-verifications', { body: { token } });
    const me = await profile.request('GET', '/v1/me', {
      token: (await profile.login(person.email, person.password)).accessToken,
    });

    expect(late.body.code).toBe('ACCOUNT.INVALID_EMAIL_TOKEN');
    expect(me.body.emailVerified).toBe(false);
  });

  test('when one person opens another account’s link, then only that other account is verified', async () => {
    const mine = await profile.signUp();
    const theirs = await profile.signUp();
    const theirToken = linkToken((await profile.mailTo(theirs.email))[0]!);

    await profile.request('POST', '/v1/email-verifications', {
      body: { token: theirToken },
      token: mine.token,
    });
    const myAccount = await profile.request('GET', '/v1/me', {
      token: (await profile.login(mine.email, mine.password)).accessToken,
    });
    const theirAccount = await profile.request('GET', '/v1/me', {
      token: (await profile.login(theirs.email, theirs.password)).accessToken,
    });

    expect(myAccount.body.emailVerified).toBe(false);
    expect(theirAccount.body.emailVerified).toBe(true);
  });

  test('when a made-up token or a reset link is sent as a verification link, then it is refused the same way', async () => {
    const person = await profile.signUp();
    await profile.request('POST', '/v1/password-resets', { body: { email: person.email } });
    const [, reset] = await profile.mailTo(person.email, 2);

    const madeUp = await profile.request('POST', '/v1/email-verifications', {
      body: { token: 'x'.repeat(43) },
    });
    const wrongPurpose = await profile.request('POST', '/v1/email-verifications', {
      body: { token: linkToken(reset!) },
    });

    expect([madeUp.body.code, wrongPurpose.body.code]).toEqual([
      'ACCOUNT.INVALID_EMAIL_TOKEN',
      'ACCOUNT.INVALID_EMAIL_TOKEN',
    ]);
  });

  test('when someone signs up in Arabic, then the email is Arabic, right-to-left, with the link', async () => {
    const registration = aRegistration();
    await profile.request('POST', '/v1/accounts', {
      body: registration,
      headers: { 'accept-language': 'ar' },
    });

    const [mail] = await profile.mailTo(registration.email);

    expect(mail?.subject).toBe('أكّد عنوان بريدك الإلكتروني في جسر');
    expect(mail?.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail?.text).toContain('lang=ar');
    expect(linkToken(mail!)).toMatch(/^[\w-]{43}$/);
  });

  test('when the council confirms an address itself, then the account is verified without a link', async () => {
    const person = await profile.signUp();
    const council = await profile.council();

    const confirmed = await profile.request('POST', `/v1/accounts/${person.accountId}/email-verification`, {
      token: council.token,
    });
    const byThePerson = await profile.request('POST', `/v1/accounts/${person.accountId}/email-verification`, {
      token: person.token,
    });

    expect(confirmed.status).toBe(204);
    expect(byThePerson.status).toBe(403);
    expect(claimsOf((await profile.login(person.email, person.password)).accessToken).email_verified).toBe(
      true,
    );
  });

  test('when an address is verified, then messaging is told where mail goes; after deactivation, that nothing may be sent', async () => {
    const person = await profile.signUp({ role: 'advisor' });
    const token = linkToken((await profile.mailTo(person.email))[0]!);
    const council = await profile.council();

    await profile.request('POST', '/v1/email-verifications', { body: { token } });
    const reachable = await profile.eventAbout(
      'account.contact-changed',
      person.accountId,
      { email: person.email },
      'contact',
    );
    const asked = await profile.request('POST', `/v1/accounts/${person.accountId}/deactivation`, {
      token: council.token,
    });
    await approvedBySecondAdmin(profile, council, asked);
    const unreachable = await profile.eventAbout(
      'account.contact-changed',
      person.accountId,
      { email: null },
      'no contact',
    );

    expect(reachable.topic).toBe('profile.account.v1');
    expect(reachable.event.payload).toEqual({
      accountId: person.accountId,
      role: 'advisor',
      email: person.email,
      locale: 'en',
    });
    expect(unreachable.event.version).toBe(reachable.event.version + 1);
  });
});
