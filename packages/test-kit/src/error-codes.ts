import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A stable error code as the source spells it: 'AREA.WHAT', upper case, in quotes.
const CODE = /'([A-Z]+(?:\.[A-Z][A-Z_]*)+)'/g;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/** Every error code literal in the TypeScript sources under `dirs`, sorted, so a test can demand a text for each. */
export function errorCodesIn(...dirs: string[]): string[] {
  const codes = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles))
    for (const [, code] of readFileSync(file, 'utf8').matchAll(CODE)) if (code !== undefined) codes.add(code);
  return [...codes].sort();
}

type Catalogue = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The codes among `codes` that lack a non-empty ar, tr or en text in the first catalogue that has them. */
export function codesWithoutAllTexts(
  codes: readonly string[],
  ...catalogues: readonly Catalogue[]
): string[] {
  return codes.filter((code) => {
    const texts = catalogues.find((catalogue) => catalogue[code] !== undefined)?.[code];
    return texts === undefined || ['ar', 'tr', 'en'].some((locale) => (texts[locale] ?? '').trim() === '');
  });
}
