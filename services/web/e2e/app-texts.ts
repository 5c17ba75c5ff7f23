import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Language = 'ar' | 'tr' | 'en';
type Tree = { readonly [key: string]: string | Tree };

const LOCALES = join(__dirname, '..', 'src', 'locales');
const cache = new Map<string, Tree>();

/**
 * The app's own text for `ns:key` in a language, so one story runs in every language and breaks
 * when a label changes, not when a translation is reworded. `{name}`-style placeholders are filled.
 */
export function appText(
  language: Language,
  id: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const [ns = '', key = ''] = id.split(':');
  const file = `${language}/${ns}`;
  if (!cache.has(file))
    cache.set(file, JSON.parse(readFileSync(join(LOCALES, `${file}.json`), 'utf8')) as Tree);
  let node: string | Tree | undefined = cache.get(file);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${id} in ${language}`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
