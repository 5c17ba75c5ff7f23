import type { Language } from './languages';

type Localized = Readonly<Record<Language, string>>;

/** A service's text in the reader's language (English when the language is not one of ours). */
export const textIn = (text: Localized | null, language: string, fallback = '—'): string =>
  text === null ? fallback : (text[language as Language] ?? text.en);
