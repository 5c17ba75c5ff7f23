import { z } from 'zod';

/** The three languages every user-facing text exists in. */
export const LOCALES = ['ar', 'tr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

/** One text in every locale. */
export type LocalizedText = Record<Locale, string>;

export const localizedTextSchema = z
  .object({
    ar: z.string().trim().min(1).max(500),
    tr: z.string().trim().min(1).max(500),
    en: z.string().trim().min(1).max(500),
  })
  .strict();
