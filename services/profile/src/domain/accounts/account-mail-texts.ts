import type { MailTexts } from '@jisr/mail';

export const ACCOUNT_MAIL_KINDS = [
  'verify',
  'alreadyRegistered',
  'reset',
  'confirmNewEmail',
  'emailChanged',
] as const;
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];

type Part = 'subject' | 'body' | 'action' | 'footer';
type Key = `${AccountMailKind}.${Part}`;

/** Account mail in the three languages; `{hours}` is how long a link works. */
export const ACCOUNT_MAIL_TEXTS: MailTexts<Key> = {
  en: {
    'verify.subject': 'Confirm your email address for Jisr',
    'verify.body':
      'Welcome to Jisr. Confirm that this address is yours to request and accept introductions. The link works for {hours} hours.',
    'verify.action': 'Confirm my address',
    'verify.footer': 'If you did not sign up for Jisr, ignore this email.',
    'alreadyRegistered.subject': 'Someone tried to register on Jisr with your address',
    'alreadyRegistered.body':
      'Someone tried to create a Jisr account with this email address, which already has one. No new account was made. If it was you, sign in, or reset your password if you forgot it.',
    'alreadyRegistered.action': 'Reset my password',
    'alreadyRegistered.footer': 'If it was not you, you need not do anything: your account is unchanged.',
    'reset.subject': 'Reset your Jisr password',
    'reset.body':
      'Someone asked to reset the password of your Jisr account. Choose a new password with the link below; it works for {hours} hours and signs you out everywhere.',
    'reset.action': 'Choose a new password',
    'reset.footer': 'If you did not ask for this, ignore this email: your password stays as it is.',
    'confirmNewEmail.subject': 'Confirm your new email address for Jisr',
    'confirmNewEmail.body':
      'You asked to use this address for your Jisr account. Confirm it with the link below; it works for {hours} hours.',
    'confirmNewEmail.action': 'Confirm my new address',
    'confirmNewEmail.footer': 'If you did not ask for this, ignore this email.',
    'emailChanged.subject': 'The email address of your Jisr account is changing',
    'emailChanged.body':
      'Someone signed in to your Jisr account asked to move it to another email address. Once that address is confirmed, Jisr writes there instead of here.',
    'emailChanged.action': 'Secure my account',
    'emailChanged.footer': 'If this was not you, reset your password now and tell the council.',
  },
  ar: {
    'verify.subject': 'أكّد عنوان بريدك الإلكتروني في جسر',
    'verify.body':
      'مرحبًا بك في جسر. أكّد أن هذا العنوان لك لتتمكن من طلب التعارف وقبوله. يعمل الرابط لمدة {hours} ساعة.',
    'verify.action': 'تأكيد عنواني',
    'verify.footer': 'إن لم تسجّل في جسر، فتجاهل هذه الرسالة.',
    'alreadyRegistered.subject': 'حاول أحدهم التسجيل في جسر بعنوانك',
    'alreadyRegistered.body':
      'حاول أحدهم إنشاء حساب في جسر بهذا العنوان، وله حساب بالفعل. لم يُنشأ حساب جديد. إن كنت أنت، فسجّل الدخول، أو أعد تعيين كلمة المرور إن نسيتها.',
    'alreadyRegistered.action': 'إعادة تعيين كلمة المرور',
    'alreadyRegistered.footer': 'إن لم تكن أنت، فلا داعي لفعل شيء: حسابك لم يتغير.',
    'reset.subject': 'إعادة تعيين كلمة مرور جسر',
    'reset.body':
      'طلب أحدهم إعادة تعيين كلمة مرور حسابك في جسر. اختر كلمة مرور جديدة عبر الرابط أدناه؛ يعمل لمدة {hours} ساعة ويُخرجك من كل الجلسات.',
    'reset.action': 'اختيار كلمة مرور جديدة',
    'reset.footer': 'إن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
    'confirmNewEmail.subject': 'أكّد عنوان بريدك الجديد في جسر',
    'confirmNewEmail.body':
      'طلبت استخدام هذا العنوان لحسابك في جسر. أكّده عبر الرابط أدناه؛ يعمل لمدة {hours} ساعة.',
    'confirmNewEmail.action': 'تأكيد عنواني الجديد',
    'confirmNewEmail.footer': 'إن لم تطلب ذلك، فتجاهل هذه الرسالة.',
    'emailChanged.subject': 'عنوان البريد لحسابك في جسر يتغير',
    'emailChanged.body':
      'طلب شخص مسجّل الدخول إلى حسابك في جسر نقله إلى عنوان بريد آخر. بعد تأكيد ذلك العنوان، سيراسلك جسر عليه بدلًا من هذا.',
    'emailChanged.action': 'تأمين حسابي',
    'emailChanged.footer': 'إن لم تكن أنت، فأعد تعيين كلمة المرور الآن وأبلغ المجلس.',
  },
  tr: {
    'verify.subject': 'Jisr için e-posta adresinizi doğrulayın',
    'verify.body':
      "Jisr'e hoş geldiniz. Tanışma isteyebilmek ve kabul edebilmek için bu adresin size ait olduğunu doğrulayın. Bağlantı {hours} saat geçerlidir.",
    'verify.action': 'Adresimi doğrula',
    'verify.footer': "Jisr'e kaydolmadıysanız bu e-postayı dikkate almayın.",
    'alreadyRegistered.subject': "Biri adresinizle Jisr'e kaydolmaya çalıştı",
    'alreadyRegistered.body':
      'Biri zaten bir hesabı olan bu e-posta adresiyle Jisr hesabı açmaya çalıştı. Yeni hesap açılmadı. Sizseniz giriş yapın ya da unuttuysanız parolanızı sıfırlayın.',
    'alreadyRegistered.action': 'Parolamı sıfırla',
    'alreadyRegistered.footer': 'Siz değilseniz bir şey yapmanız gerekmez: hesabınız değişmedi.',
    'reset.subject': 'Jisr parolanızı sıfırlayın',
    'reset.body':
      'Jisr hesabınızın parolasını sıfırlama isteği geldi. Aşağıdaki bağlantıyla yeni bir parola seçin; {hours} saat geçerlidir ve tüm oturumlarınızı kapatır.',
    'reset.action': 'Yeni parola seç',
    'reset.footer': 'Bunu siz istemediyseniz bu e-postayı dikkate almayın: parolanız aynı kalır.',
    'confirmNewEmail.subject': 'Jisr için yeni e-posta adresinizi doğrulayın',
    'confirmNewEmail.body':
      'Jisr hesabınız için bu adresi kullanmak istediniz. Aşağıdaki bağlantıyla doğrulayın; {hours} saat geçerlidir.',
    'confirmNewEmail.action': 'Yeni adresimi doğrula',
    'confirmNewEmail.footer': 'Bunu siz istemediyseniz bu e-postayı dikkate almayın.',
    'emailChanged.subject': 'Jisr hesabınızın e-posta adresi değişiyor',
    'emailChanged.body':
      'Jisr hesabınıza giriş yapmış biri hesabı başka bir e-posta adresine taşımak istedi. O adres doğrulanınca Jisr buraya değil oraya yazacak.',
    'emailChanged.action': 'Hesabımı güvenceye al',
    'emailChanged.footer': 'Bu siz değilseniz parolanızı hemen sıfırlayın ve konseye bildirin.',
  },
};
