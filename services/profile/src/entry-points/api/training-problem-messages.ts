import type { LocalizedText } from '@jisr/contracts';

const t = (en: string, ar: string, tr: string): LocalizedText => ({ en, ar, tr });

/** The problem `detail` of every training and certificate code, in Arabic, Turkish and English. */
export const TRAINING_ERRORS: Readonly<Record<string, LocalizedText>> = {
  'TRAINING.SESSION_NOT_FOUND': t(
    'The programme has no such training session.',
    'لا توجد جلسة تدريبية كهذه في البرنامج.',
    'Programda böyle bir eğitim oturumu yok.',
  ),
  'TRAINING.PHASE_NOT_FOUND': t(
    'The programme has no such phase.',
    'لا توجد مرحلة كهذه في البرنامج.',
    'Programda böyle bir aşama yok.',
  ),
  'TRAINING.NOT_IN_PROGRAMME': t(
    'Only startups placed in this programme may take part in its training.',
    'لا يشارك في تدريب هذا البرنامج إلا الشركات الناشئة المسجلة فيه.',
    'Bu programın eğitimlerine yalnızca programa yerleştirilmiş girişimler katılabilir.',
  ),
  'TRAINING.SESSION_FULL': t(
    'Every seat of this session is taken.',
    'جميع مقاعد هذه الجلسة محجوزة.',
    'Bu oturumun tüm yerleri dolu.',
  ),
  'TRAINING.ALREADY_REGISTERED': t(
    'You are already registered for this session.',
    'أنت مسجّل بالفعل في هذه الجلسة.',
    'Bu oturuma zaten kayıtlısınız.',
  ),
  'TRAINING.NOT_REGISTERED': t(
    'You are not registered for this session.',
    'أنت غير مسجّل في هذه الجلسة.',
    'Bu oturuma kayıtlı değilsiniz.',
  ),
  'TRAINING.SESSION_STARTED': t(
    'This session has already started; registration is closed.',
    'بدأت هذه الجلسة بالفعل؛ التسجيل مغلق.',
    'Bu oturum başladı; kayıtlar kapandı.',
  ),
  'TRAINING.CHECK_IN_CODE_INVALID': t(
    'The check-in code is wrong or has expired.',
    'رمز تسجيل الحضور خاطئ أو منتهي الصلاحية.',
    'Katılım kodu yanlış veya süresi dolmuş.',
  ),
  'TRAINING.ATTENDEE_NOT_REGISTERED': t(
    'Some of these startups are not registered for the session.',
    'بعض هذه الشركات الناشئة غير مسجّلة في الجلسة.',
    'Bu girişimlerin bazıları oturuma kayıtlı değil.',
  ),
  'CERTIFICATE.NOT_EARNED': t(
    'The certificate needs every required session of the phase attended.',
    'تتطلب الشهادة حضور جميع الجلسات المطلوبة في المرحلة.',
    'Sertifika için aşamanın tüm zorunlu oturumlarına katılmak gerekir.',
  ),
  'CERTIFICATE.NO_TRAINING': t(
    'This phase has no training sessions, so it has no certificate.',
    'لا تتضمن هذه المرحلة جلسات تدريبية، لذا لا شهادة لها.',
    'Bu aşamada eğitim oturumu yok, bu yüzden sertifikası da yok.',
  ),
  'CERTIFICATE.NOT_FOUND': t(
    'No certificate has this verification code.',
    'لا توجد شهادة بهذا الرمز.',
    'Bu doğrulama koduna sahip bir sertifika yok.',
  ),
};
