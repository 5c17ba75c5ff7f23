import { demoData } from '../../src/seed/demo-data';
import { DEMO_COUNCIL, DEMO_PASSWORD } from '../../src/seed/demo-logins';
import { startCliWorld, type CliRun, type CliWorld } from '../support/cli-world';

const data = demoData();
let world: CliWorld;
let programmeId: string;

const json = <T>(run: CliRun): T => JSON.parse(run.stdout) as T;
const loggedIn = async (email: string): Promise<string> => {
  const home = await world.newHome();
  expect(await world.jisr(['login', '--email', email, '--password', DEMO_PASSWORD], { home })).toMatchObject({
    code: 0,
  });
  return home;
};
const currentQuarter = (): string => {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
};

beforeAll(async () => {
  world = await startCliWorld();
  expect((await world.jisr(['seed'])).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

describe('jisr milestones', () => {
  test('when a demo startup lists and claims a milestone, then the seeded phases show it reached', async () => {
    const home = await loggedIn(data.startups[0]?.email ?? '');

    const before = json<{
      programmeId: string;
      phases: { phaseId: string; milestones: { milestoneId: string }[] }[];
    }>(await world.jisr(['milestones', '--json'], { home }));
    const claimed = await world.jisr(
      [
        'milestones',
        'reached',
        'business-plan',
        '--text',
        'Plan reviewed with the Tripoli centre.',
        '--lang',
        'tr',
      ],
      { home },
    );
    const listed = await world.jisr(['milestones'], { home });
    programmeId = before.programmeId;

    expect(before.phases.find((p) => p.phaseId === 'training')?.milestones.map((m) => m.milestoneId)).toEqual(
      ['business-plan', 'unit-costing', 'feasibility-study'],
    );
    expect(claimed).toMatchObject({ code: 0, stderr: '' });
    expect(claimed.stdout).toContain('business-plan kilometre taşı ulaşıldı');
    expect(listed.stdout).toMatch(/Business plan \(business-plan\)\s+reached/);
  });

  test('when an advisor without an introduction tries to confirm, then the CLI fails as if the startup did not exist', async () => {
    const home = await loggedIn(data.advisors[0]?.email ?? '');
    const startupId = json<{ accountId: string }>(
      await world.jisr(['whoami', '--json'], { home: await loggedIn(data.startups[0]?.email ?? '') }),
    ).accountId;

    const refused = await world.jisr(['milestones', 'confirm', startupId, 'business-plan', '--lang', 'ar'], {
      home,
    });

    expect(refused.code).not.toBe(0);
    // Another startup's milestones are not confirmed to outsiders: the same 404 as an unknown id.
    expect(refused.stderr).toContain('لا يوجد ملف كهذا.');
  });

  test('when the council asks for the programme’s progress, then the claim is counted in its cohort', async () => {
    const home = await loggedIn(DEMO_COUNCIL.email);

    const progress = json<{
      cohorts: { phases: { milestones: { milestoneId: string; reached: number }[] }[] }[];
    }>(await world.jisr(['milestones', '--programme', programmeId, '--json'], { home }));

    const counts = progress.cohorts.flatMap((c) => c.phases.flatMap((p) => p.milestones));
    expect(counts.find((m) => m.milestoneId === 'business-plan')?.reached).toBe(1);
  });
});

describe('jisr outcomes', () => {
  test('when a startup reports its quarter twice, then the history shows one quarter with two revisions', async () => {
    const home = await loggedIn(data.startups[1]?.email ?? '');
    const quarter = currentQuarter();
    const args = [
      'outcomes',
      'report',
      quarter,
      '--employees',
      '9',
      '--women',
      '4',
      '--youth',
      '5',
      '--revenue',
      '10k-50k',
    ];

    expect((await world.jisr(args, { home })).stdout).toContain(
      `Check-in for ${quarter} saved (revision 1).`,
    );
    const amended = await world.jisr(
      [...args, '--invested', '20000', '--source', 'turkish-investor-via-jisr'],
      { home },
    );
    const history = json<{ items: { quarter: string; revisions: unknown[] }[] }>(
      await world.jisr(['outcomes', '--json'], { home }),
    );

    expect(amended.stdout).toContain('(revision 2)');
    expect(history.items).toEqual([
      expect.objectContaining({ quarter, revisions: [expect.anything(), expect.anything()] }),
    ]);
  });

  test('when more women than employees are reported, then the field’s problem is printed in Turkish', async () => {
    const home = await loggedIn(data.startups[2]?.email ?? '');

    const refused = await world.jisr(
      [
        'outcomes',
        'report',
        currentQuarter(),
        '--employees',
        '2',
        '--women',
        '3',
        '--youth',
        '0',
        '--revenue',
        'none',
        '--lang',
        'tr',
      ],
      { home },
    );

    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('çalışan sayısından fazla olamaz');
  });
});
