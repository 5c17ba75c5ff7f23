import type { Locale } from '@jisr/contracts';

/** What `jisr verify` and `jisr password …` print, in the three languages Jisr speaks. */
const EN = {
  verified: (email: string) => `The address ${email} is confirmed. Log in again so your session says so.`,
  resetRequested: (email: string) =>
    `If ${email} has a Jisr account, a reset link is on its way: check your inbox, then run jisr password reset --token <token>.`,
  passwordReset: 'Password set. Every session was signed out: log in with the new password.',
  passwordChanged: 'Password changed. Your other sessions were signed out.',
  missingPasswords:
    'Missing passwords: pass --current and --new, or pipe the current and the new one on stdin (one a line).',
};
type AccountTexts = typeof EN;

const AR: AccountTexts = {
  verified: (email) => `تم تأكيد العنوان ${email}. سجّل الدخول من جديد لتحمل جلستك ذلك.`,
  resetRequested: (email) =>
    `إن كان لـ ${email} حساب في جسر فرابط إعادة التعيين في الطريق: افحص بريدك، ثم نفّذ jisr password reset --token <token>.`,
  passwordReset: 'عُيّنت كلمة المرور. أُنهيت كل الجلسات: سجّل الدخول بكلمة المرور الجديدة.',
  passwordChanged: 'تغيّرت كلمة المرور. أُنهيت جلساتك الأخرى.',
  missingPasswords:
    'كلمات المرور ناقصة: مرّر --current و--new، أو أرسل الحالية ثم الجديدة عبر stdin (كل واحدة في سطر).',
};

const TR: AccountTexts = {
  verified: (email) => `${email} adresi doğrulandı. Oturumunuzun bunu bilmesi için yeniden giriş yapın.`,
  resetRequested: (email) =>
    `${email} adresinin bir Jisr hesabı varsa sıfırlama bağlantısı yolda: gelen kutunuza bakın, sonra jisr password reset --token <token> çalıştırın.`,
  passwordReset: 'Parola belirlendi. Tüm oturumlar kapatıldı: yeni parolayla giriş yapın.',
  passwordChanged: 'Parola değiştirildi. Diğer oturumlarınız kapatıldı.',
  missingPasswords:
    'Parolalar eksik: --current ve --new verin ya da mevcut ve yeni parolayı stdin üzerinden (her satıra bir tane) gönderin.',
};

const BY_LOCALE: Record<Locale, AccountTexts> = { en: EN, ar: AR, tr: TR };
export const accountTextsFor = (locale: Locale): AccountTexts => BY_LOCALE[locale];
