import { formatReport, outdatedReport, upgradeKind, type NpmOutdated } from '../../scripts/outdated-report';

const entry = (current: string | undefined, latest: string, dependent = 'jisr') => ({
  ...(current === undefined ? {} : { current }),
  wanted: current ?? latest,
  latest,
  dependent,
});

describe('upgradeKind', () => {
  test.each([
    ['6.22.0', '7.9.0', 'major'],
    ['5.11.1', '5.12.0', 'minor'],
    ['9.39.5', '9.39.6', 'patch'],
    ['0.2.39', '0.3.0', 'major'],
    ['0.0.1', '0.0.2', 'major'],
    ['0.2.1', '0.2.3', 'patch'],
    ['12.2.0', '12.0.4', 'none'],
    ['7.0.2', '7.0.2', 'none'],
    [undefined, '1.0.0', 'missing'],
  ] as const)('when %s is installed and %s is latest, then the step is %s', (current, latest, kind) => {
    expect(upgradeKind(current, latest)).toBe(kind);
  });
});

describe('outdatedReport', () => {
  test('when several kinds are outdated, then majors come first, then minors, patches and missing, by name within a kind', () => {
    const outdated: NpmOutdated = {
      zod: entry('4.1.0', '4.1.2'),
      prettier: entry('3.10.1', '3.11.0'),
      mongodb: entry('6.22.0', '7.9.0', 'storage'),
      eslint: entry('9.39.5', '10.15.0'),
      'better-sqlite3': entry(undefined, '12.4.1', 'storage'),
      ioredis: entry('5.11.1', '6.0.0', 'cache'),
      express: entry('5.1.0', '5.1.1'),
    };

    const names = outdatedReport(outdated).map((row) => `${row.kind} ${row.name}`);

    expect(names).toEqual([
      'major eslint',
      'major ioredis',
      'major mongodb',
      'minor prettier',
      'patch express',
      'patch zod',
      'missing better-sqlite3',
    ]);
  });

  test('when a package is at or ahead of latest, then it is left out', () => {
    const rows = outdatedReport({
      testcontainers: entry('12.2.0', '12.0.4'),
      kafkajs: entry('2.2.4', '2.2.4'),
    });

    expect(rows).toEqual([]);
    expect(formatReport(rows)).toBe('All direct dependencies are on their latest version.');
  });

  test('when several workspaces depend on one package, then it is one row naming each workspace once', () => {
    const rows = outdatedReport({
      kafkajs: [
        entry('2.2.4', '3.0.0', 'test-kit'),
        entry('2.2.4', '3.0.0', 'event-bus'),
        entry('2.2.4', '3.0.0', 'test-kit'),
      ],
    });

    expect(rows).toEqual([
      {
        name: 'kafkajs',
        current: '2.2.4',
        wanted: '2.2.4',
        latest: '3.0.0',
        kind: 'major',
        dependents: ['event-bus', 'test-kit'],
      },
    ]);
    expect(formatReport(rows).split('\n')).toEqual([
      'package  current  wanted  latest  kind   used by',
      'kafkajs  2.2.4    2.2.4   3.0.0   major  event-bus, test-kit',
    ]);
  });
});
