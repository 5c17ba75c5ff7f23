import { demoData } from '../../src/seed/demo-data';
import { DEMO_COUNCIL, DEMO_PASSWORD } from '../../src/seed/demo-logins';
import { startCliWorld, type CliRun, type CliWorld } from '../support/cli-world';

const data = demoData();
let world: CliWorld;

const json = <T>(run: CliRun): T => JSON.parse(run.stdout) as T;
const loggedIn = async (email: string): Promise<string> => {
  const home = await world.newHome();
  expect(await world.jisr(['login', '--email', email, '--password', DEMO_PASSWORD], { home })).toMatchObject({
    code: 0,
  });
  return home;
};

beforeAll(async () => {
  world = await startCliWorld();
  expect((await world.jisr(['seed'])).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

describe('jisr training', () => {
  test('when a demo startup registers, the coordinator marks it, and it checks in with the code shown, then it earns the follow-up certificate', async () => {
    const startup = await loggedIn(data.startups[0]?.email ?? '');
    const council = await loggedIn(DEMO_COUNCIL.email);

    const listed = json<{ sessions: { sessionId: string; capacity: number }[] }>(
      await world.jisr(['training', 'sessions', '--json'], { home: startup }),
    );
    const registered = await world.jisr(['training', 'register', 'export-documents'], { home: startup });
    const twice = await world.jisr(['training', 'register', 'export-documents', '--lang', 'tr'], {
      home: startup,
    });
    const early = await world.jisr(['training', 'certificate', 'follow-up', '--lang', 'ar'], {
      home: startup,
    });
    const roster = json<{ seats: { startupId: string }[] }>(
      await world.jisr(['training', 'attendance', 'export-documents', '--json'], { home: council }),
    );
    const startupId = roster.seats[0]?.startupId ?? '';
    const marked = await world.jisr(['training', 'attendance', 'export-documents', '--mark', startupId], {
      home: council,
    });
    await world.jisr(['training', 'register', 'turkish-buyers'], { home: startup });
    const { code } = json<{ code: string }>(
      await world.jisr(['training', 'attendance', 'turkish-buyers', '--code', '--json'], { home: council }),
    );
    const wrongCode = await world.jisr(['training', 'check-in', 'turkish-buyers', 'WRONG1'], {
      home: startup,
    });
    const checkedIn = await world.jisr(['training', 'check-in', 'turkish-buyers', code], { home: startup });
    const certificate = await world.jisr(['training', 'certificate', 'follow-up'], { home: startup });
    const staffList = await world.jisr(['training'], { home: council });

    expect(listed.sessions.find((s) => s.sessionId === 'export-documents')?.capacity).toBe(25);
    expect(registered).toMatchObject({ code: 0, stdout: 'Registered for export-documents.\n' });
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toContain('Bu oturuma zaten kayıtlısınız.');
    expect(early.stderr).toContain('تتطلب الشهادة حضور جميع الجلسات المطلوبة في المرحلة.');
    expect(roster.seats).toHaveLength(1);
    expect(marked).toMatchObject({ code: 0 });
    expect(marked.stdout).toMatch(new RegExp(`${startupId}\\s.*\\syes`));
    expect(wrongCode.stderr).toContain('The check-in code is wrong or has expired.');
    expect(checkedIn).toMatchObject({ code: 0, stdout: 'Checked in to turkish-buyers.\n' });
    expect(certificate.code).toBe(0);
    expect(certificate.stdout).toMatch(
      /^Certificate [A-Z2-9]{5}-[A-Z2-9]{5} — verify at http\S+\/certificates\//,
    );
    expect(staffList.stdout).toMatch(/export-documents.*tripoli\s+1\/25\s+1/);
  });
});
