import { type SmtpCatcher, startSmtpCatcher } from '@jisr/test-kit';
import { aRegistration } from '../builders/profile-builders';
import { linkToken } from '../component/mail-folder-reader';
import { startProfile, type ProfileHarness } from '../component/profile-harness';

describe('account mail through a real SMTP server', () => {
  let catcher: SmtpCatcher;
  let profile: ProfileHarness;
  beforeAll(async () => {
    catcher = await startSmtpCatcher();
    profile = await startProfile({
      SMTP_URL: catcher.url,
      MAIL_FROM: 'Jisr <no-reply@jisr.test>',
      PUBLIC_WEB_URL: 'https://jisr.test',
    });
  });
  afterAll(async () => {
    await profile.stop();
    await catcher.close();
  });

  test('when someone signs up in Arabic, then the server receives an RTL Arabic email to them whose link verifies the address', async () => {
    const person = aRegistration();

    await profile.request('POST', '/v1/accounts', { body: person, headers: { 'accept-language': 'ar' } });
    const caught = await catcher.waitForMail(1);
    const mail = caught.find((entry) => entry.envelopeTo.includes(person.email));
    const verified = await profile.request('POST', '/v1/email-verifications', {
      body: { token: linkToken(mail!.mail) },
    });

    expect(mail?.envelopeTo).toEqual([person.email]);
    expect(mail?.mail.from?.value).toEqual([{ name: 'Jisr', address: 'no-reply@jisr.test' }]);
    expect(mail?.mail.subject).toBe('أكّد عنوان بريدك الإلكتروني في جسر');
    expect(mail?.mail.headers.get('content-language')).toBe('ar');
    expect(mail?.mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail?.mail.text).toContain('https://jisr.test/verify-email?token=');
    expect(verified.status).toBe(200);
  });

  test('when someone who signed up in Turkish asks for a password reset, then a Turkish email arrives whose link sets the new password', async () => {
    const person = aRegistration();
    await profile.request('POST', '/v1/accounts', { body: person, headers: { 'accept-language': 'tr' } });
    const before = (await catcher.waitForMail(catcher.received.length + 1)).length;

    await profile.request('POST', '/v1/password-resets', { body: { email: person.email } });
    const caught = await catcher.waitForMail(before + 1);
    const reset = caught.slice(before).find((entry) => entry.envelopeTo.includes(person.email));
    const confirmed = await profile.request('POST', '/v1/password-resets/confirm', {
      body: { token: linkToken(reset!.mail), password: 'a brand new passphrase 42' },
    });

    expect(reset?.mail.subject).toBe('Jisr parolanızı sıfırlayın');
    expect(reset?.mail.html).toContain('<html lang="tr" dir="ltr">');
    expect(reset?.mail.text).toContain('https://jisr.test/reset-password?token=');
    expect(confirmed.status).toBe(204);
    await expect(profile.login(person.email, 'a brand new passphrase 42')).resolves.toMatchObject({
      role: 'startup',
    });
  });
});
