import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const SERVICES = ['profile', 'matching', 'messaging'] as const;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const sources = SERVICES.flatMap((service) =>
  filesUnder(join(root, 'services', service, 'src'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') })),
);
const declaring = (pattern: RegExp): string[] =>
  sources.filter(({ text }) => pattern.test(text)).map(({ path }) => path);

describe('one storage vocabulary across the three services', () => {
  test('when a service declares its own Clock or Actor, then the test names the file (both come from packages)', () => {
    expect(declaring(/\binterface (Clock|Actor)\b|\btype (Clock|Actor) =/)).toEqual([]);
  });

  test('when a service writes the optimistic save rule again, then the test names the file (versionedRepository() has it)', () => {
    expect(declaring(/\.(version|revision) === 0 \?/)).toEqual([]);
  });

  // Profile's outcome check-ins have revisions of their own (amended quarters): a domain word, not storage's.
  test('when a matching record names its storage version `revision`, then the test names the file', () => {
    expect(declaring(/\breadonly revision: number\b/).filter((path) => path.includes('/matching/'))).toEqual(
      [],
    );
  });
});
