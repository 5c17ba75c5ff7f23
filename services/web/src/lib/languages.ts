export const LANGUAGES = ['ar', 'tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.some((language) => language === value);

export const directionOf = (language: Language): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** Each language named in itself, so a reader finds theirs whatever is shown now. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ar: 'العربية',
  tr: 'Türkçe',
  en: 'English',
};

const STORAGE_KEY = 'jisr.language';
// The BFF reads this cookie to serve the page already in the chosen language and direction.
const COOKIE = 'jisr_lang';

/** The chosen language, else the one the BFF picked from Accept-Language (on <html lang>), else English. */
export function initialLanguage(): Language {
  const kept = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(kept)) return kept;
  const served = document.documentElement.lang;
  return isLanguage(served) ? served : 'en';
}

/** Turns the whole page to the language and its direction. */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Keeps the reader's own choice for the next visits (this browser and the BFF's first page). */
export function keepLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.cookie = `${COOKIE}=${language}; path=/; max-age=31536000; samesite=strict`;
}
