import { TOPICS } from '@jisr/contracts';
import { aProgramme, anEvent } from '@jisr/test-kit';
import { aWorld, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, until } from './scenario';

const observer = (): string => tokenFor('observer-1', 'council', { staffRoles: ['observer'] });
const COLUMNS = ['measure', 'dimension', 'key', 'label', 'period', 'startups', 'suppressed'];
const rowsOf = (csv: string): string[][] =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('the research export (GET /v1/research/export.csv, /v1/research/dictionary)', () => {
  let world: World;
  let matching: Instance;
  const programme = aProgramme();

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  test('when six software startups and two food startups attend training, then the food counts and the cells that would reveal them are withheld', async () => {
    const software = await Promise.all(
      Array.from({ length: 6 }, () => aStartupIn(world, matching, { sector: '62', city: 'tripoli' })),
    );
    const food = await Promise.all(
      Array.from({ length: 2 }, () => aStartupIn(world, matching, { sector: '10', city: 'tripoli' })),
    );
    const attended = [...software, ...food].map(({ startup }) =>
      anEvent('progress.attended', {
        programmeId: programme.programmeId,
        startupId: startup.startupId,
        at: '2027-02-10T09:00:00Z',
        sessionId: 'ts-1',
      }),
    );
    await world.publish(TOPICS.progress, ...attended);

    const csv = await until(
      () => matching.call('GET', '/v1/research/export.csv?by=sector&lang=en', observer()),
      (r) => r.status === 200 && r.text.includes('training-attended,sector,J'),
      'attendance counted in the research tables',
    );
    const training = rowsOf(csv.text).filter((row) => row[0] === 'training-attended');

    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(rowsOf(csv.text)[0]).toEqual(COLUMNS);
    expect(training.find((r) => r[2] === 'C' && r[4] === '2027-Q1')?.slice(5)).toEqual(['', 'true']);
    // Shown beside the total of 8, the 6 software startups would give the 2 away: both are withheld.
    expect(training.find((r) => r[2] === 'J' && r[4] === '2027-Q1')?.slice(5)).toEqual(['', 'true']);
    expect(training.find((r) => r[2] === 'all' && r[4] === '2027-Q1')?.slice(5)).toEqual(['8', 'false']);
    expect(training.filter((r) => r[6] === 'false').every((r) => Number(r[5]) >= 5)).toBe(true);
  });

  test('when the dictionary is asked for, then every column and measure has ar, tr and en labels, and markdown comes in the asked language', async () => {
    const json = await matching.call('GET', '/v1/research/dictionary', observer());
    const md = await matching.call('GET', '/v1/research/dictionary.md?lang=ar', observer());
    const startup = await matching.call('GET', '/v1/research/dictionary', tokenFor('s-1', 'startup'));

    expect(json.body.minimumStartupsPerCell).toBe(5);
    expect(json.body.columns.map((c: { name: string }) => c.name)).toEqual(COLUMNS);
    for (const entry of [...json.body.columns, ...json.body.measures])
      expect(Object.keys(entry.label).sort()).toEqual(['ar', 'en', 'tr']);
    expect(md.text).toContain('# تصدير جسر البحثي — قاموس البيانات');
    expect(md.text).toContain('| `training-attended` | حضور التدريب |');
    expect(startup.status).toBe(403);
  });
});
