import type { Locale } from '@jisr/contracts';
import { JsonText } from '@jisr/http-kit';
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

interface ReaderView {
  readonly lines: readonly ReaderLine[];
  json?: string;
}

// Matching reuses a pair's lines while its scores stand, so each language's view of them is kept
// too, and its JSON once a list was serialised with it.
const readerViews = new WeakMap<readonly ExplanationLine[], Partial<Record<Locale, ReaderView>>>();

function readerView(lines: readonly ExplanationLine[], locale: Locale): ReaderView {
  let views = readerViews.get(lines);
  if (views === undefined) readerViews.set(lines, (views = {}));
  return (views[locale] ??= {
    lines: lines.map(({ criterion, score, weight, contribution, text }) => ({
      criterion,
      score,
      weight,
      contribution,
      sentence: text[locale],
    })),
  });
}

const readerLines = (lines: readonly ExplanationLine[], locale: Locale): readonly ReaderLine[] =>
  readerView(lines, locale).lines;

function explanationJson(lines: readonly ExplanationLine[], locale: Locale, langs: ExplanationLangs): string {
  if (langs === 'all') return JSON.stringify(explained(lines, locale));
  const view = readerView(lines, locale);
  return (view.json ??= JSON.stringify(view.lines));
}

/**
 * `{...head, items}` as JSON text, each item with `explanation` as `explainedIn` gives it: the items'
 * explanations (most of a page's bytes) are serialised once per pair and language, not per request.
 */
export function explainedListJson(
  head: Readonly<Record<string, unknown>>,
  items: readonly { readonly explanation: readonly ExplanationLine[] }[],
  locale: Locale,
  langs: ExplanationLangs,
): JsonText {
  const parts = items.map(({ explanation, ...rest }) => {
    const fields = JSON.stringify(rest);
    const separator = fields === '{}' ? '' : ',';
    return `${fields.slice(0, -1)}${separator}"explanation":${explanationJson(explanation, locale, langs)}}`;
  });
  const fields = JSON.stringify(head);
  const separator = fields === '{}' ? '' : ',';
  return new JsonText(`${fields.slice(0, -1)}${separator}"items":[${parts.join(',')}]}`);
}
