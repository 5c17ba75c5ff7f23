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

type ExplainedItem = { readonly explanation: readonly ExplanationLine[] };

function serialise(
  head: Readonly<Record<string, unknown>>,
  items: readonly ExplainedItem[],
  locale: Locale,
  langs: ExplanationLangs,
): string {
  const parts = items.map(({ explanation, ...rest }) => {
    const fields = JSON.stringify(rest);
    const separator = fields === '{}' ? '' : ',';
    return `${fields.slice(0, -1)}${separator}"explanation":${explanationJson(explanation, locale, langs)}}`;
  });
  const fields = JSON.stringify(head);
  const separator = fields === '{}' ? '' : ',';
  return `${fields.slice(0, -1)}${separator}"items":[${parts.join(',')}]}`;
}

const sameFields = (a: object, b: object): boolean => {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
};

const sameItems = (a: readonly object[], b: readonly object[]): boolean =>
  a.length === b.length && a.every((item, i) => sameFields(item, b[i]!));

const PAGES_KEPT = 500;
// The last page each reader was served: a reader polling the same list (the same pairs, whose lines
// the index reuses while their scores stand, and the same numbers) gets it again without
// serialising ~23 KB or gzipping it again. Items compare field by field, arrays by identity: any
// change misses.
const lastPages = new Map<string, { readonly items: readonly object[]; readonly page: JsonText }>();

/**
 * `{...head, items}` as JSON, each item with `explanation` as `explainedIn` gives it: the items'
 * explanations (most of a page's bytes) are serialised once per pair and language, and a page equal
 * to the one this reader was last served is sent again as it was.
 */
export function explainedListJson(
  head: Readonly<Record<string, unknown>>,
  items: readonly ExplainedItem[],
  locale: Locale,
  langs: ExplanationLangs,
): JsonText {
  const key = `${langs}:${locale}:${JSON.stringify(head)}`;
  const last = lastPages.get(key);
  if (last !== undefined && sameItems(last.items, items)) return last.page;
  const page = new JsonText(serialise(head, items, locale, langs));
  lastPages.delete(key);
  lastPages.set(key, { items, page });
  if (lastPages.size > PAGES_KEPT) lastPages.delete(lastPages.keys().next().value!);
  return page;
}
