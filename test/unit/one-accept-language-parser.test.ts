import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseLocale } from '@jisr/http-kit';
import type { Request } from 'express';
import { languageOf } from '../../services/web/server/edge/client-app';
import { localeOf } from '../../services/web/server/edge/web-problems';

const root = join(__dirname, '..', '..');
const THE_PARSER = 'packages/http-kit/src/accept-language.ts';
const SOURCE_ROOTS = [
  ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}/src`),
  ...readdirSync(join(root, 'services')).map((name) => `services/${name}/src`),
  'services/web/server',
];

const sourcesUnder = (folder: string): string[] => {
  const entries = (() => {
    try {
      return readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      return [];
    }
  })();
  return entries.flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'api-types' ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
};

// What parsing an Accept-Language header looks like: express's negotiator, or reading q-values by hand.
const PARSING = [/acceptsLanguages?\(/, /from 'negotiator'/, /['"]q=['"]/];

const requestWith = (header: string | undefined): Request =>
  ({ headers: header === undefined ? {} : { 'accept-language': header } }) as unknown as Request;

describe('one Accept-Language parser (http-kit)', () => {
  test('when every source file of the packages, services and the web server is read, then only http-kit parses Accept-Language', () => {
    const parsers = SOURCE_ROOTS.flatMap(sourcesUnder).filter((path) =>
      PARSING.some((pattern) => pattern.test(readFileSync(join(root, path), 'utf8'))),
    );

    expect(parsers).toEqual([THE_PARSER]);
  });

  test.each(['ar-LY,ar;q=0.9,en;q=0.5', 'tr;q=0.2, ar;q=0.1', 'fr, en-GB;q=0.3', 'de', undefined])(
    'when the web server reads Accept-Language %p, then it picks the language the services pick',
    (header) => {
      const req = requestWith(header);

      expect([languageOf(req), localeOf(req)]).toEqual([chooseLocale(req), chooseLocale(req)]);
    },
  );
});
