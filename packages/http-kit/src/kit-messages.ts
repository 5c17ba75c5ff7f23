import type { Locale } from '@jisr/contracts';
import { AppError, type AppErrorOptions } from '@jisr/errors';

/**
 * Problem details for the errors the platform raises (this kit, auth, storage, cache), in the three
 * languages Jisr speaks; a service's own catalogue comes first.
 */
// Storage misuse is a fault in our code: callers see the same words as for any unexpected error.
const SERVER_FAULT: Record<Locale, string> = {
  en: 'Something went wrong on our side. Please try again later.',
  ar: 'حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.',
  tr: 'Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
};

const KIT_MESSAGES: Readonly<Record<string, Record<Locale, string>>> = {
  'HTTP.NOT_FOUND': {
    en: 'There is nothing at this address.',
    ar: 'لا يوجد شيء على هذا العنوان.',
    tr: 'Bu adreste bir şey yok.',
  },
  // One code for every service, on /readyz and on any request that arrives before start() finished.
  'SERVICE.NOT_READY': {
    en: 'The service is not ready to serve requests; please try again in a moment.',
    ar: 'الخدمة غير جاهزة لتلقي الطلبات؛ يرجى المحاولة بعد لحظات.',
    tr: 'Hizmet istekleri karşılamaya hazır değil; lütfen birazdan tekrar deneyin.',
  },
  'REQUEST.MALFORMED_JSON': {
    en: 'The request body is not valid JSON.',
    ar: 'محتوى الطلب ليس JSON صالحًا.',
    tr: 'İstek gövdesi geçerli bir JSON değil.',
  },
  'REQUEST.TOO_LARGE': {
    en: 'The request body is too large.',
    ar: 'محتوى الطلب كبير جدًا.',
    tr: 'İstek gövdesi çok büyük.',
  },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    en: 'Send the request body as application/json (UTF-8).',
    ar: 'أرسل محتوى الطلب بصيغة application/json (UTF-8).',
    tr: 'İstek gövdesini application/json (UTF-8) olarak gönderin.',
  },
  'REQUEST.ABORTED': {
    en: 'The request was aborted before its body arrived.',
    ar: 'أُلغي الطلب قبل وصول محتواه.',
    tr: 'İstek, gövdesi gelmeden iptal edildi.',
  },
  'REQUEST.UNREADABLE': {
    en: 'The request body could not be read.',
    ar: 'تعذّرت قراءة محتوى الطلب.',
    tr: 'İstek gövdesi okunamadı.',
  },
  'REQUEST.INVALID_CURSOR': {
    en: 'The page cursor is not one this API issued.',
    ar: 'مؤشر الصفحة لم يصدر عن هذه الواجهة.',
    tr: 'Sayfa imleci bu API tarafından verilmemiş.',
  },
  'REQUEST.RATE_LIMITED': {
    en: 'Too many requests. Try again later.',
    ar: 'طلبات كثيرة جدًا. حاول مرة أخرى لاحقًا.',
    tr: 'Çok fazla istek. Lütfen daha sonra tekrar deneyin.',
  },
  'REQUEST.MALFORMED_PATH': {
    en: 'The address contains malformed percent-encoding.',
    ar: 'يحتوي العنوان على ترميز نسبة مئوية غير صالح.',
    tr: 'Adres hatalı yüzde kodlaması içeriyor.',
  },
  'REQUEST.INVALID': {
    en: 'The request is not valid.',
    ar: 'الطلب غير صالح.',
    tr: 'İstek geçerli değil.',
  },
  'AUTH.INVALID_TOKEN': {
    en: 'Please log in to continue.',
    ar: 'يرجى تسجيل الدخول للمتابعة.',
    tr: 'Devam etmek için lütfen giriş yapın.',
  },
  'AUTH.FORBIDDEN': {
    en: 'Your role may not do this.',
    ar: 'لا يسمح دورك بهذا الإجراء.',
    tr: 'Rolünüz bu işleme izin vermiyor.',
  },
  'AUTH.KEYS_UNAVAILABLE': {
    en: 'Sign-in cannot be checked right now. Please try again shortly.',
    ar: 'لا يمكن التحقق من تسجيل الدخول الآن. يرجى المحاولة بعد قليل.',
    tr: 'Oturum şu anda doğrulanamıyor. Lütfen kısa süre sonra tekrar deneyin.',
  },
  'STORAGE.STALE_VERSION': {
    en: 'Someone changed this at the same time; please try again.',
    ar: 'قام شخص آخر بتعديل هذا في الوقت نفسه؛ يرجى المحاولة مجددًا.',
    tr: 'Bu aynı anda başka biri tarafından değiştirildi; lütfen tekrar deneyin.',
  },
  'STORAGE.DUPLICATE': {
    en: 'This already exists.',
    ar: 'هذا موجود بالفعل.',
    tr: 'Bu zaten var.',
  },
  'STORAGE.BUSY': {
    en: 'The service is busy. Please try again shortly.',
    ar: 'الخدمة مشغولة. يرجى المحاولة بعد قليل.',
    tr: 'Hizmet meşgul. Lütfen kısa süre sonra tekrar deneyin.',
  },
  'CACHE.UNAVAILABLE': {
    en: 'The service is busy. Please try again shortly.',
    ar: 'الخدمة مشغولة. يرجى المحاولة بعد قليل.',
    tr: 'Hizmet meşgul. Lütfen kısa süre sonra tekrar deneyin.',
  },
  // Raised by matching and messaging alike, so its words live with the platform.
  'AUTH.EMAIL_UNVERIFIED': {
    en: 'Verify your email address first: open the link we emailed you.',
    ar: 'أكّد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليك.',
    tr: 'Önce e-posta adresinizi doğrulayın: size gönderdiğimiz bağlantıyı açın.',
  },
  'STORAGE.INVALID_QUERY': SERVER_FAULT,
  'STORAGE.TX_CLOSED': SERVER_FAULT,
  'STORAGE.TX_MISUSE': SERVER_FAULT,
  'STORAGE.TX_REQUIRED': SERVER_FAULT,
  'INTERNAL.UNEXPECTED': SERVER_FAULT,
};

/** The kit's own text for `code` in `locale`, or undefined for codes that belong to a service. */
export const kitMessage = (code: string, locale: Locale): string | undefined => KIT_MESSAGES[code]?.[locale];

/** An error the kit raises itself: its English text is the message, other languages follow at the edge. */
export const kitError = (code: string, options: AppErrorOptions & { status: number }): AppError =>
  new AppError(code, kitMessage(code, 'en') ?? code, options);

/** What a route answers while its service is starting or stopping (503, like `/readyz`). */
export const serviceNotReady = (): AppError => kitError('SERVICE.NOT_READY', { status: 503 });

/** The platform's catalogue, so a service's catalogue test can tell its own codes from the platform's. */
export const PLATFORM_ERRORS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = KIT_MESSAGES;
