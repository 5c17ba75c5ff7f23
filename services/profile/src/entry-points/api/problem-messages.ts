import { APPROVAL_ERRORS } from '@jisr/approvals';
import type { LocalizedText } from '@jisr/contracts';
import type { ErrorRequestHandler } from 'express';
import { HashingBusyError } from '../../domain/accounts/hashing-pool';
import type { ErrorCatalogue } from '@jisr/http-kit';
import { PROGRESS_ERRORS } from './progress-messages';
import { TRAINING_ERRORS } from './training-problem-messages';
import { STAFF_ERRORS } from './staff-messages';
import { AUDIT_ERRORS } from './audit-messages';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem `detail` of every code this service raises, in the three languages Jisr speaks. */
export const PROFILE_ERRORS: ErrorCatalogue = {
  ...PROGRESS_ERRORS,
  ...STAFF_ERRORS,
  ...APPROVAL_ERRORS,
  'AUTH.INVALID_CREDENTIALS': t(
    'The email or password is wrong.',
    'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    'E-posta veya parola hatalı.',
  ),
  'AUTH.TOO_MANY_ATTEMPTS': t(
    'Too many login attempts. Please wait and try again.',
    'محاولات دخول كثيرة. يرجى الانتظار ثم المحاولة مجددًا.',
    'Çok fazla giriş denemesi. Lütfen bekleyip tekrar deneyin.',
  ),
  'AUTH.ACCOUNT_DEACTIVATED': t(
    'This account has been deactivated by the council.',
    'تم تعطيل هذا الحساب من قبل المجلس.',
    'Bu hesap konsey tarafından devre dışı bırakıldı.',
  ),
  'AUTH.INVALID_REFRESH_TOKEN': t(
    'Your session has ended; please log in again.',
    'انتهت جلستك؛ يرجى تسجيل الدخول مجددًا.',
    'Oturumunuz sona erdi; lütfen yeniden giriş yapın.',
  ),
  'AUTH.REFRESH_TOKEN_REUSED': t(
    'This session was used twice; every related session has been signed out. Please log in again.',
    'استُخدمت هذه الجلسة مرتين؛ تم إنهاء كل الجلسات المرتبطة بها. يرجى تسجيل الدخول مجددًا.',
    'Bu oturum iki kez kullanıldı; ilgili tüm oturumlar kapatıldı. Lütfen yeniden giriş yapın.',
  ),
  'AUTH.INVALID_TOKEN': t(
    'Please log in to continue.',
    'يرجى تسجيل الدخول للمتابعة.',
    'Devam etmek için lütfen giriş yapın.',
  ),
  'AUTH.FORBIDDEN': t(
    'Your role may not do this.',
    'لا يسمح دورك بهذا الإجراء.',
    'Rolünüz bu işleme izin vermiyor.',
  ),
  'ACCOUNT.EMAIL_TAKEN': t(
    'An account with this email already exists.',
    'يوجد حساب بهذا البريد الإلكتروني بالفعل.',
    'Bu e-posta ile bir hesap zaten var.',
  ),
  'ACCOUNT.WEAK_PASSWORD': t(
    'The password is too easy to guess; see errors[] for why and what helps.',
    'كلمة المرور سهلة التخمين؛ راجع errors[] لمعرفة السبب وما يساعد.',
    'Parola kolay tahmin edilir; nedenini ve önerileri errors[] içinde görün.',
  ),
  'ACCOUNT.TOO_MANY_REGISTRATIONS': t(
    'Too many registrations from here or for this email. Please wait and try again.',
    'محاولات تسجيل كثيرة من هنا أو لهذا البريد. يرجى الانتظار ثم المحاولة مجددًا.',
    'Buradan veya bu e-posta için çok fazla kayıt denemesi. Lütfen bekleyip tekrar deneyin.',
  ),
  'SERVICE.BUSY': t(
    'The service is busy checking passwords; please try again in a moment.',
    'الخدمة مشغولة بالتحقق من كلمات المرور؛ يرجى المحاولة بعد لحظات.',
    'Hizmet parola denetimleriyle meşgul; lütfen birazdan tekrar deneyin.',
  ),
  'ACCOUNT.INVALID_EMAIL_TOKEN': t(
    'This link is not valid any more; ask for a new one.',
    'لم يعد هذا الرابط صالحًا؛ اطلب رابطًا جديدًا.',
    'Bu bağlantı artık geçerli değil; yenisini isteyin.',
  ),
  'ACCOUNT.WRONG_PASSWORD': t(
    'The current password is wrong.',
    'كلمة المرور الحالية غير صحيحة.',
    'Mevcut parola hatalı.',
  ),
  'ACCOUNT.ERASED': t(
    'This account was erased; it cannot come back.',
    'تم محو هذا الحساب؛ لا يمكن استعادته.',
    'Bu hesap silindi; geri getirilemez.',
  ),
  'ACCOUNT.NOT_FOUND': t('No such account.', 'لا يوجد حساب كهذا.', 'Böyle bir hesap yok.'),
  'PROFILE.FORBIDDEN': t(
    'Your account may not do this.',
    'لا يسمح حسابك بهذا الإجراء.',
    'Hesabınız bu işleme izin vermiyor.',
  ),
  'PROFILE.NOT_FOUND': t('No such profile.', 'لا يوجد ملف كهذا.', 'Böyle bir profil yok.'),
  'PROFILE.WRONG_ROLE': t(
    'This account cannot hold this kind of profile.',
    'لا يمكن لهذا الحساب امتلاك هذا النوع من الملفات.',
    'Bu hesap bu tür bir profile sahip olamaz.',
  ),
  'ADVISOR.PAUSED_BY_COUNCIL': t(
    'The council paused this advisor; only the council can resume them.',
    'أوقف المجلس هذا المستشار مؤقتًا؛ ولا يستأنف نشاطه إلا المجلس.',
    'Bu danışmanı konsey durdurdu; yalnızca konsey yeniden başlatabilir.',
  ),
  'VERIFICATION.REASON_REQUIRED': t(
    'A rejection needs a reason.',
    'يجب ذكر سبب الرفض.',
    'Ret için bir gerekçe gerekir.',
  ),
  'PROGRAMME.NOT_FOUND': t('No such programme.', 'لا يوجد برنامج كهذا.', 'Böyle bir program yok.'),
  'CENTRE.NOT_FOUND': t(
    'No such business development centre.',
    'لا يوجد مركز تطوير أعمال كهذا.',
    'Böyle bir iş geliştirme merkezi yok.',
  ),
  'NOTICE.NOT_FOUND': t('No such notice.', 'لا يوجد إشعار كهذا.', 'Böyle bir bildirim yok.'),
  'REQUEST.INVALID': t('The request is not valid.', 'الطلب غير صالح.', 'İstek geçerli değil.'),
  'REQUEST.UNKNOWN_REFERENCE': t(
    'The request names something that does not exist.',
    'يشير الطلب إلى شيء غير موجود.',
    'İstek var olmayan bir şeye atıfta bulunuyor.',
  ),
  'STORAGE.STALE_VERSION': t(
    'Someone changed this at the same time; please try again.',
    'قام شخص آخر بتعديل هذا في الوقت نفسه؛ يرجى المحاولة مجددًا.',
    'Bu aynı anda başka biri tarafından değiştirildi; lütfen tekrar deneyin.',
  ),
  ...TRAINING_ERRORS,
  ...AUDIT_ERRORS,
};

/** A busy hashing pool says when to come back; the kit's localiser then words the problem. */
export const retryAfterWhenBusy: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (error instanceof HashingBusyError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  next(error);
};
