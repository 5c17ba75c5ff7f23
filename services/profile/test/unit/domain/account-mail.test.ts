import { mailTextProblems } from '@jisr/mail';
import { accountMail } from '../../../src/domain/accounts/account-mail';
import { ACCOUNT_MAIL_KINDS, ACCOUNT_MAIL_TEXTS } from '../../../src/domain/accounts/account-mail-texts';

describe('account mail', () => {
  test('when the catalogue is checked, then every kind has every text in ar, tr and en with the same placeholders', () => {
    expect(mailTextProblems(ACCOUNT_MAIL_TEXTS)).toEqual([]);
  });

  test.each(ACCOUNT_MAIL_KINDS)(
    'when a %s email is written in Arabic, then it is RTL and its link keeps the token',
    (kind) => {
      const mail = accountMail({
        kind,
        to: 'a@example.ly',
        locale: 'ar',
        webUrl: 'https://jisr.example',
        token: 'tok_123',
      });

      expect(mail.html).toContain('<html lang="ar" dir="rtl">');
      expect(mail.text).toContain('https://jisr.example/');
      expect(mail.text).toContain('token=tok_123');
      expect(mail.text).not.toContain('{hours}');
    },
  );
});
