import { LOCALES, type Locale } from '@jisr/contracts';
import type { Request } from 'express';

export const DEFAULT_LOCALE: Locale = 'en';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The best of ar/tr/en in an `Accept-Language` header (q-values honoured, regions ignored). */
export const localeFromHeader = (header: string | undefined): Locale | undefined => {
  if (header === undefined) return undefined;
  const ranked = header
    .split(',')
    .map((part, position) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return {
        language: tag.trim().toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        position,
      };
    })
    .filter((entry) => entry.quality > 0 && isLocale(entry.language))
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  const best = ranked[0]?.language;
  return best !== undefined && isLocale(best) ? best : undefined;
};

/** `?lang=` (already parsed) wins over `Accept-Language`; English otherwise. */
export const chooseLocale = (req: Request, fromQuery?: Locale): Locale =>
  fromQuery ?? localeFromHeader(req.headers['accept-language']) ?? DEFAULT_LOCALE;
