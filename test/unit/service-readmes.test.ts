import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SERVICES, readmePath, routeTable, servedDocument, tableIn } from '../../scripts/readme-routes';

const root = join(__dirname, '..', '..');
const READMES = ['README.md', 'docs/platform-api.md', ...SERVICES.map((s) => `services/${s}/README.md`)];

// A markdown table's rows as cells, so column padding (prettier's) does not count.
const rowsOf = (table: string | undefined): string[] =>
  (table ?? '')
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '')
        .join(' | '),
    );

const WORKSPACES = ['packages', 'services', 'deploy'].flatMap((folder) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, folder, entry.name)),
);
const FILE_LIKE = /\.(ts|tsx|js|cjs|mjs|json|ya?ml|md|sh|txt|c|sql|env)$/;
/**
 * Backticked paths and link targets that look like files of this repository (not routes, URLs, patterns,
 * hidden runtime folders, or bare names, which a sentence places in a folder it names around them).
 */
const fileNamesIn = (markdown: string): string[] =>
  [
    ...[...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!),
    ...[...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!),
  ].filter(
    (name) =>
      !/^[a-z]+:\/\//.test(name) &&
      !name.startsWith('/') &&
      !name.startsWith('.') &&
      name.includes('/') &&
      !/[*<>{}:$@=]/.test(name) &&
      (FILE_LIKE.test(name) || name.endsWith('/')),
  );

describe('service READMEs', () => {
  test.each(SERVICES)(
    'when %s serves its OpenAPI document, then its README lists exactly those routes (npm run readme:routes)',
    async (service) => {
      const readme = readFileSync(readmePath(service), 'utf8');

      expect(rowsOf(tableIn(readme))).toEqual(rowsOf(routeTable(await servedDocument(service))));
    },
  );

  test.each(READMES)('when %s names a file or folder, then it exists', (path) => {
    const names = fileNamesIn(readFileSync(join(root, path), 'utf8'));
    // A path may be written from the document's folder, the repository root or a workspace's root.
    const bases = [dirname(join(root, path)), root, ...WORKSPACES];
    const exists = (name: string): boolean => bases.some((base) => existsSync(join(base, name)));

    expect(names.filter((name) => !exists(name))).toEqual([]);
  });
});
