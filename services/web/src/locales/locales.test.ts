import { describe, expect, test } from 'vitest';
import { resources } from './index';

type Tree = { readonly [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

// An ICU argument is `{name}` or `{name, plural, …}`; the words inside plural branches are text.
const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();

const languages = Object.keys(resources) as (keyof typeof resources)[];
const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

describe('locales', () => {
  test.each(namespaces)('when namespace %s is read, then every language has exactly the same keys', (ns) => {
    const expected = new Set(languages.flatMap((language) => keysOf(resources[language][ns] as Tree)));
    for (const language of languages) {
      const keys = new Set(keysOf(resources[language][ns] as Tree));
      const missing = [...expected].filter((key) => !keys.has(key));
      expect({ language, ns, missing }).toEqual({ language, ns, missing: [] });
    }
  });

  test.each(namespaces)('when namespace %s is read, then no text is empty and placeholders agree', (ns) => {
    const flat = (language: keyof typeof resources): Map<string, string> => {
      const map = new Map<string, string>();
      const walk = (tree: Tree, prefix: string): void => {
        for (const [key, value] of Object.entries(tree)) {
          if (typeof value === 'string') map.set(prefix + key, value);
          else walk(value, `${prefix}${key}.`);
        }
      };
      walk(resources[language][ns] as Tree, '');
      return map;
    };
    const english = flat('en');
    for (const language of languages)
      for (const [key, text] of flat(language)) {
        expect({ language, key, empty: text.trim() === '' }).toEqual({ language, key, empty: false });
        expect({ language, key, placeholders: placeholdersOf(text) }).toEqual({
          language,
          key,
          placeholders: placeholdersOf(english.get(key) ?? ''),
        });
      }
  });
});
