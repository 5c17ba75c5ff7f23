import type { Locale } from '@jisr/contracts';
import type { ExplanationLine } from '../../domain/introductions/introduction';

/** Every line keeps all three languages in `text`; `sentence` is the one in the reader's locale. */
export const explained = (lines: readonly ExplanationLine[], locale: Locale) =>
  lines.map((line) => ({ ...line, sentence: line.text[locale] }));

/** `reader` (the default on hot routes): only the reader's language; `all`: ar, tr and en. */
export const EXPLANATION_LANGS = ['reader', 'all'] as const;
export type ExplanationLangs = (typeof EXPLANATION_LANGS)[number];

/**
 * `explained`, but by default each line's `text` holds the reader's language only: three
 * languages per criterion tripled a recommendations reply for a reader who reads one of them.
 */
export const explainedIn = (lines: readonly ExplanationLine[], locale: Locale, langs: ExplanationLangs) =>
  langs === 'all'
    ? explained(lines, locale)
    : lines.map((line) => ({ ...line, text: { [locale]: line.text[locale] }, sentence: line.text[locale] }));
