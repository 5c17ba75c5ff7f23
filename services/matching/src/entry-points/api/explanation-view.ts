import type { Locale } from '@jisr/contracts';
import type { ExplanationLine } from '../../domain/introductions/introduction';

/** Every line keeps all three languages in `text`; `sentence` is the one in the reader's locale. */
export const explained = (lines: readonly ExplanationLine[], locale: Locale) =>
  lines.map((line) => ({ ...line, sentence: line.text[locale] }));

/** `reader` (the default on hot routes): only the reader's language; `all`: ar, tr and en. */
export const EXPLANATION_LANGS = ['reader', 'all'] as const;
export type ExplanationLangs = (typeof EXPLANATION_LANGS)[number];

/**
 * `explained`, but by default each line carries only `sentence`, the reader's language: three
 * languages per criterion tripled a recommendations reply for a reader who reads one of them, and
 * reading only one language lets a lazily built line format only that one.
 */
export const explainedIn = (lines: readonly ExplanationLine[], locale: Locale, langs: ExplanationLangs) =>
  langs === 'all' ? explained(lines, locale) : readerLines(lines, locale);

type ReaderLine = Omit<ExplanationLine, 'text'> & { readonly sentence: string };

// Matching reuses a pair's lines while its scores stand, so each language's view of them is kept too.
const readerViews = new WeakMap<readonly ExplanationLine[], Partial<Record<Locale, readonly ReaderLine[]>>>();

function readerLines(lines: readonly ExplanationLine[], locale: Locale): readonly ReaderLine[] {
  let views = readerViews.get(lines);
  if (views === undefined) readerViews.set(lines, (views = {}));
  return (views[locale] ??= lines.map(({ criterion, score, weight, contribution, text }) => ({
    criterion,
    score,
    weight,
    contribution,
    sentence: text[locale],
  })));
}
