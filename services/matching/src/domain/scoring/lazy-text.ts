import type { Locale, LocalizedText } from '@jisr/contracts';

/**
 * A sentence in ar, tr and en, each formatted only when first read. A page of recommendations is
 * read in one language, so the other two are never built; JSON, spreads and schemas still see three
 * plain enumerable properties (the getters are the object's own).
 */
export function lazyText(sentenceIn: (l: Locale) => string): LocalizedText {
  const made: Partial<Record<Locale, string>> = {};
  const get = (l: Locale): string => (made[l] ??= sentenceIn(l));
  return {
    get ar() {
      return get('ar');
    },
    get tr() {
      return get('tr');
    },
    get en() {
      return get('en');
    },
  };
}
