import { z } from 'zod';
import type { Locale, LocalizedText } from './locale';

/** Languages the programme knows by name; `tzm` is Amazigh (Tamazight). */
export const LANGUAGES = ['ar', 'tr', 'en', 'it', 'tzm'] as const;
export type KnownLanguage = (typeof LANGUAGES)[number];

/** A known language or any other lowercase ISO 639-1/639-3 code (`fr`, `de`, `tmh`). */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Expected a lowercase ISO 639 language code such as "ar" or "tzm"');
export type LanguageCode = z.infer<typeof languageCodeSchema>;

export const PROFICIENCIES = ['basic', 'conversational', 'fluent', 'native'] as const;
export type Proficiency = (typeof PROFICIENCIES)[number];
export const proficiencySchema = z.enum(PROFICIENCIES);

export const languageSkillSchema = z
  .object({ code: languageCodeSchema, proficiency: proficiencySchema })
  .strict();
export type LanguageSkill = z.infer<typeof languageSkillSchema>;

/** Language skills with each language at most once. */
export const languageSkillsSchema = z
  .array(languageSkillSchema)
  .min(1)
  .max(12)
  .refine((skills) => new Set(skills.map((s) => s.code)).size === skills.length, {
    message: 'Each language may appear only once',
  });

/** 1 (`basic`) to 4 (`native`). */
export function proficiencyLevel(proficiency: Proficiency): 1 | 2 | 3 | 4 {
  return (PROFICIENCIES.indexOf(proficiency) + 1) as 1 | 2 | 3 | 4;
}

const LANGUAGE_LABELS: Record<KnownLanguage, LocalizedText> = {
  ar: { en: 'Arabic', ar: 'العربية', tr: 'Arapça' },
  tr: { en: 'Turkish', ar: 'التركية', tr: 'Türkçe' },
  en: { en: 'English', ar: 'الإنجليزية', tr: 'İngilizce' },
  it: { en: 'Italian', ar: 'الإيطالية', tr: 'İtalyanca' },
  tzm: { en: 'Amazigh (Tamazight)', ar: 'الأمازيغية', tr: 'Amazigce (Tamazight)' },
};

const isKnownLanguage = (code: string): code is KnownLanguage =>
  (LANGUAGES as readonly string[]).includes(code);

/** Name of a language in the reader's locale; other ISO codes are named by ICU, else shown as the code. */
export function languageLabel(code: LanguageCode, locale: Locale): string {
  if (isKnownLanguage(code)) return LANGUAGE_LABELS[code][locale];
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
