import type { Locale } from '@jisr/contracts';
import { AppError } from '@jisr/errors';
import { chooseLocale } from '@jisr/http-kit';
import type { Request } from 'express';

/** The BFF's own problems, in the three languages Jisr speaks; the services localise theirs. */
const WEB_PROBLEMS = {
  'WEB.CSRF_HEADER_MISSING': {
    status: 403,
    en: 'This change must come from the Jisr app itself.',
    ar: 'يجب أن يأتي هذا التغيير من تطبيق جسر نفسه.',
    tr: 'Bu değişiklik Jisr uygulamasının kendisinden gelmelidir.',
  },
  'WEB.FOREIGN_ORIGIN': {
    status: 403,
    en: 'Requests from other sites are not accepted.',
    ar: 'لا تُقبل الطلبات القادمة من مواقع أخرى.',
    tr: 'Başka sitelerden gelen istekler kabul edilmez.',
  },
  'WEB.SIGNED_OUT': {
    status: 401,
    en: 'Please sign in first.',
    ar: 'يرجى تسجيل الدخول أولاً.',
    tr: 'Lütfen önce giriş yapın.',
  },
  'WEB.COUNCIL_ONLY': {
    status: 403,
    en: 'Only the council can use the console.',
    ar: 'لوحة التحكم متاحة لمجلس الأعمال فقط.',
    tr: 'Yönetim panelini yalnızca konsey kullanabilir.',
  },
  'WEB.SESSION_ROUTE': {
    status: 404,
    en: 'Sign in and out through the app; tokens never leave the server.',
    ar: 'سجّل الدخول والخروج عبر التطبيق؛ لا تغادر الرموز الخادم أبدًا.',
    tr: 'Uygulama üzerinden giriş ve çıkış yapın; belirteçler sunucudan asla çıkmaz.',
  },
  'WEB.SERVICE_UNAVAILABLE': {
    status: 502,
    en: 'A Jisr service did not answer. Please try again in a moment.',
    ar: 'لم تستجب إحدى خدمات جسر. يرجى المحاولة بعد قليل.',
    tr: 'Bir Jisr hizmeti yanıt vermedi. Lütfen birazdan tekrar deneyin.',
  },
  'WEB.APP_NOT_BUILT': {
    status: 503,
    en: 'The web app has not been built yet (npm run build:client -w @jisr/web).',
    ar: 'لم يُبنَ تطبيق الويب بعد (npm run build:client -w @jisr/web).',
    tr: 'Web uygulaması henüz derlenmedi (npm run build:client -w @jisr/web).',
  },
  'WEB.BAD_REPORT': {
    status: 400,
    en: 'Ask for a programme, cohort or centre report by its id, in ar, tr or en.',
    ar: 'اطلب تقرير برنامج أو دفعة أو مركز بمعرّفه، بالعربية أو التركية أو الإنجليزية.',
    tr: 'Bir program, kohort veya merkez raporunu kimliğiyle ve ar, tr ya da en dilinde isteyin.',
  },
  'WEB.PRINT_BUSY': {
    status: 503,
    en: 'Every PDF printer is busy. Please try again in a moment.',
    ar: 'كل طابعات PDF مشغولة الآن. يرجى المحاولة بعد قليل.',
    tr: 'Tüm PDF yazıcıları meşgul. Lütfen birazdan tekrar deneyin.',
  },
  'WEB.PRINT_FAILED': {
    status: 502,
    en: 'The PDF could not be printed. Please try again.',
    ar: 'تعذّرت طباعة ملف PDF. يرجى المحاولة مرة أخرى.',
    tr: 'PDF yazdırılamadı. Lütfen tekrar deneyin.',
  },
} as const satisfies Record<string, { status: number } & Record<Locale, string>>;

export type WebProblemCode = keyof typeof WEB_PROBLEMS;

/** The caller's language among ours (Accept-Language, read by http-kit's one parser), English when none matches. */
export const localeOf = (req: Request): Locale => chooseLocale(req);

/** One of the BFF's problems, its text already in the caller's language. */
export const webProblem = (req: Request, code: WebProblemCode, cause?: unknown): AppError => {
  const problem = WEB_PROBLEMS[code];
  return new AppError(code, problem[localeOf(req)], { status: problem.status, cause });
};
