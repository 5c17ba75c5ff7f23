import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { embeddedConfigSchema } from '../../deploy/embedded/src/config';
import { cliConfigSchema } from '../../packages/cli/src/config';
import { matchingConfigSchema } from '../../services/matching/src/config';
import { messagingConfigSchema } from '../../services/messaging/src/config';
import { profileConfigSchema } from '../../services/profile/src/config';
import { webConfigSchema } from '../../services/web/server/config';

const root = join(__dirname, '..', '..');

/** Every component that reads configuration, and the one schema it reads it with. */
const SCHEMAS: Record<string, { readonly shape: Record<string, z.ZodType> }> = {
  profile: profileConfigSchema,
  matching: matchingConfigSchema,
  messaging: messagingConfigSchema,
  web: webConfigSchema,
  embedded: embeddedConfigSchema,
  cli: cliConfigSchema,
};

// The operating system's own variables, read by the test kit only to find binaries and sockets.
const NOT_OURS = new Set(['PATH', 'XDG_RUNTIME_DIR']);

const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });

/** Variables read straight from `process.env` (outside the schemas) in the given source folders. */
const directReads = (dirs: readonly string[]): Set<string> => {
  const names = new Set<string>();
  for (const file of dirs.flatMap(tsFiles))
    for (const match of readFileSync(file, 'utf8').matchAll(
      /process\.env(?:\.([A-Z0-9_]+)|\[['"]([A-Z0-9_]+)['"]\])/g,
    ))
      names.add(match[1] ?? match[2] ?? '');
  return new Set([...names].filter((name) => !NOT_OURS.has(name)));
};

const sourceDirs = (parent: string, except: readonly string[] = []): string[] =>
  readdirSync(join(root, parent))
    .filter((name) => !except.includes(name))
    .map((name) => join(root, parent, name, 'src'))
    .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true);

/** Which components read each variable: the schemas, the test kit, and any direct read in product code. */
function readersInCode(): Map<string, Set<string>> {
  const readers = new Map<string, Set<string>>();
  const add = (name: string, reader: string): void => {
    readers.set(name, new Set([...(readers.get(name) ?? []), reader]));
  };
  for (const [reader, schema] of Object.entries(SCHEMAS))
    for (const name of Object.keys(schema.shape)) add(name, reader);
  for (const name of directReads([join(root, 'packages/test-kit/src')])) add(name, 'tests');
  const product = [
    ...sourceDirs('packages', ['test-kit']),
    ...sourceDirs('services'),
    join(root, 'deploy/embedded/src'),
  ];
  for (const name of directReads(product)) add(name, 'code outside a config schema');
  return readers;
}

interface Row {
  readonly readers: Set<string>;
  readonly defaults: string;
}

/** The README's configuration table: `| \`NAME\` | readers | default | meaning |`. */
function documented(): Map<string, Row> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Configuration\n')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, Row>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const [name = '', readers = '', defaults = ''] = line
      .split('|')
      .slice(1)
      .map((cell) => cell.trim());
    rows.set(name.replace(/`/g, ''), { readers: new Set(readers.split(',').map((r) => r.trim())), defaults });
  }
  return rows;
}

const shown = (value: unknown): string => {
  if (Array.isArray(value)) return value.join(',');
  const text = String(value);
  return text.startsWith(homedir()) ? `~${text.slice(homedir().length)}` : text;
};

describe('README configuration reference', () => {
  const code = readersInCode();
  const readme = documented();

  test('when the code reads a variable, then the README has a row for it naming every reader', () => {
    const missing = [...code.keys()].filter((name) => !readme.has(name));
    expect(missing).toEqual([]);
    for (const [name, readers] of code)
      expect({ name, readers: [...(readme.get(name)?.readers ?? [])].sort() }).toEqual({
        name,
        readers: [...readers].sort(),
      });
  });

  test('when the README documents a variable, then some code reads it', () => {
    const stale = [...readme.keys()].filter((name) => !code.has(name));
    expect(stale).toEqual([]);
  });

  test('when a schema gives a variable a default, then the README shows that default; a required one says so', () => {
    for (const [reader, schema] of Object.entries(SCHEMAS)) {
      for (const [name, field] of Object.entries(schema.shape)) {
        const cell = readme.get(name)?.defaults ?? '';
        const parsed = field.safeParse(undefined);
        if (!parsed.success)
          expect({ name, reader, cell }).toEqual({ name, reader, cell: expect.stringContaining('required') });
        else if (parsed.data !== undefined)
          expect({ name, reader, cell }).toEqual({
            name,
            reader,
            cell: expect.stringContaining(`\`${shown(parsed.data)}\``),
          });
      }
    }
  });
});
