import { AppError, type AppErrorOptions } from '@jisr/errors';
import type { Request } from 'express';

const LOCALES = ['en', 'ar', 'tr'] as const;
type Locale = (typeof LOCALES)[number];

/** Problem details for the errors the kit itself raises, in the three languages Jisr speaks. */
const KIT_MESSAGES: Readonly<Record<string, Record<Locale, string>>> = {
  'HTTP.NOT_FOUND': {
    en: 'There is nothing at this address.',
    ar: 'لا يوجد شيء على هذا العنوان.',
    tr: 'Bu adreste bir şey yok.',
  },
  'HTTP.NOT_READY': {
    en: 'The service is not ready to serve requests.',
    ar: 'الخدمة غير جاهزة لتلقي الطلبات.',
    tr: 'Hizmet istekleri karşılamaya hazır değil.',
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
  'INTERNAL.UNEXPECTED': {
    en: 'Something went wrong on our side. Please try again later.',
    ar: 'حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.',
    tr: 'Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
  },
};

/** The caller's preferred language among ours (Accept-Language), English when none matches. */
export const localeOf = (req: Request): Locale => {
  const preferred = req.acceptsLanguages(...LOCALES);
  return LOCALES.find((locale) => locale === preferred) ?? 'en';
};

/** The kit's own text for `code` in `locale`, or undefined for codes that belong to a service. */
export const kitMessage = (code: string, locale: Locale): string | undefined => KIT_MESSAGES[code]?.[locale];

/** An error the kit raises itself: its English text is the message, other languages follow at the edge. */
export const kitError = (code: string, options: AppErrorOptions & { status: number }): AppError =>
  new AppError(code, kitMessage(code, 'en') ?? code, options);
