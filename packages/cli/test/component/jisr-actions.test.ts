import {
  json,
  password,
  signedUpWith as signedUpWithIn,
  until,
  verify as verifyIn,
} from '../support/cli-people';
import { startCliWorld, type CliWorld } from '../support/cli-world';

let world: CliWorld;

const startupProfile = {
  name: { latin: 'Wadi Clinics Solar', ar: 'طاقة عيادات الوادي' },
  description: 'Rooftop solar for rural clinics in the Nafusa mountains.',
  sector: '35',
  stage: 'early-revenue',
  city: 'gharyan',
  languages: [
    { code: 'ar', proficiency: 'native' },
    { code: 'en', proficiency: 'fluent' },
  ],
  needs: [{ kind: 'mentoring' }],
  teamSize: 5,
  foundedYear: 2022,
  timeZone: 'Africa/Tripoli',
};
const advisorProfile = {
  displayName: 'Elif Kaya',
  organisation: 'Ege Güneş Danışmanlık',
  roles: ['mentor'],
  sectors: ['35'],
  stages: ['early-revenue', 'growth'],
  languages: [
    { code: 'tr', proficiency: 'native' },
    { code: 'en', proficiency: 'fluent' },
  ],
  offers: ['mentoring'],
  capacity: 2,
  timeZone: 'Europe/Istanbul',
};

const signedUpWith = (role: 'startup' | 'advisor', profile: object) => signedUpWithIn(world, role, profile);
const verify = (kind: 'startups' | 'advisors', id: string) => verifyIn(world, kind, id);

beforeAll(async () => {
  world = await startCliWorld();
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

describe('jisr signup, profile, ask, answer, complete, withdraw, notifications, pause, resume', () => {
  test('when a startup and an advisor go through a whole introduction from the CLI, then every step answers in one line', async () => {
    const startup = await signedUpWith('startup', startupProfile);
    const advisor = await signedUpWith('advisor', advisorProfile);
    await verify('startups', startup.id);
    await verify('advisors', advisor.id);
    await until(async () => {
      const items = json<{ items: { advisorId: string }[] }>(
        await world.jisr(['matches', '--json'], { home: startup.home }),
      ).items;
      return items.some((item) => item.advisorId === advisor.id) || undefined;
    }, 'the advisor among the startup’s matches');
    const requested = json<{ introductionId: string }>(
      await world.jisr(['request', advisor.id, '--note', 'We power clinics with solar.', '--json'], {
        home: startup.home,
      }),
    );
    const id = requested.introductionId;
    await until(async () => {
      const inbox = json<{ items: { id: string }[] }>(
        await world.jisr(['inbox', '--json'], { home: advisor.home }),
      );
      return inbox.items.some((item) => item.id === id) || undefined;
    }, 'the request in the advisor’s inbox');

    const ask = await world.jisr(['ask', id, '--question', 'How many clinics today?'], {
      home: advisor.home,
    });
    const answer = await world.jisr(['answer', id, '--answer', 'Eleven.'], { home: startup.home });
    await world.jisr(['accept', id], { home: advisor.home });
    const complete = await world.jisr(['complete', id, '--rating', '5', '--comment', 'Very useful.'], {
      home: startup.home,
    });
    const notes = json<{ items: { kind: string }[] }>(
      await world.jisr(['notifications', '--json'], { home: advisor.home }),
    );
    const read = await world.jisr(['notifications', '--read'], { home: advisor.home });
    const unread = json<{ items: unknown[] }>(
      await world.jisr(['notifications', '--unread', '--json'], { home: advisor.home }),
    );
    const pause = await world.jisr(['pause'], { home: advisor.home });
    const resume = await world.jisr(['resume', '--lang', 'tr'], { home: advisor.home });

    expect(ask).toMatchObject({
      code: 0,
      stdout: `Question sent; introduction ${id} now waits for the startup's answer.\n`,
    });
    expect(answer).toMatchObject({
      code: 0,
      stdout: `Answer sent; introduction ${id} waits for the advisor's decision again.\n`,
    });
    expect(complete).toMatchObject({ code: 0, stdout: `Introduction ${id} completed with rating 5/5.\n` });
    expect(notes.items.map((n) => n.kind)).toEqual(
      expect.arrayContaining([
        'introduction.received',
        'introduction.info-provided',
        'introduction.completed',
      ]),
    );
    expect([read.code, read.stdout]).toEqual([0, 'All notifications marked read.\n']);
    expect(unread.items).toEqual([]);
    expect(pause).toMatchObject({
      code: 0,
      stdout: 'You are paused: no new introduction requests reach you until you resume.\n',
    });
    expect(resume).toMatchObject({ code: 0, stdout: 'Yeniden tanışma talebi alıyorsunuz.\n' });

    // Once matching has seen the completion, the startup may ask again, and take it back.
    await until(async () => {
      const items = json<{ items: { introductionId: string; state: string }[] }>(
        await world.jisr(['requests', '--json'], { home: startup.home }),
      ).items;
      return items.some((item) => item.introductionId === id && item.state === 'completed') || undefined;
    }, 'the completion in matching');
    const again = json<{ introductionId: string }>(
      await world.jisr(['request', advisor.id, '--note', 'A second project.', '--json'], {
        home: startup.home,
      }),
    );
    const withdraw = await world.jisr(['withdraw', again.introductionId], { home: startup.home });
    const withdrawAgain = await world.jisr(['withdraw', again.introductionId], { home: startup.home });

    expect(withdraw).toMatchObject({ code: 0, stdout: `Request ${again.introductionId} withdrawn.\n` });
    expect(withdrawAgain.code).toBe(1);
    expect(withdrawAgain.stderr).toMatch(/^jisr: .+ \[MATCHING\.INTRODUCTION_NOT_OPEN\]\n$/);
  }, 60_000);

  test('when the new commands are mistyped or used by the wrong side, then one line says why with the right exit code', async () => {
    const startup = await signedUpWith('startup', startupProfile);

    const badRating = await world.jisr(['complete', 'intro-x', '--rating', '9'], { home: startup.home });
    const noQuestion = await world.jisr(['ask', 'intro-x'], { home: startup.home });
    const askAsStartup = await world.jisr(['ask', 'intro-x', '--question', 'Why?'], { home: startup.home });
    const pauseAsStartup = await world.jisr(['pause'], { home: startup.home });
    const councilRole = await world.jisr([
      'signup',
      '--email',
      'x@example.ly',
      '--role',
      'council',
      '--password',
      password,
    ]);
    const badFile = await world.jisr(['profile', '--file', '/nonexistent/profile.json'], {
      home: startup.home,
    });
    const badProfile = await world.jisr(['profile', '--file', '-', '--json'], {
      home: startup.home,
      stdin: JSON.stringify({ ...startupProfile, sector: 'energy' }),
    });

    expect([badRating.code, badRating.stderr]).toEqual([
      2,
      'jisr: --rating must be a whole number from 1 to 5.\n',
    ]);
    expect([noQuestion.code, noQuestion.stderr]).toEqual([
      2,
      'jisr: Missing --question. Usage: jisr ask <introductionId> --question "<what you need to know>"\n',
    ]);
    expect(askAsStartup.code).toBe(1);
    expect(askAsStartup.stderr).toMatch(/^jisr: .+ \[[A-Z_]+\.[A-Z_]+\]\n$/);
    expect([pauseAsStartup.code, pauseAsStartup.stderr]).toEqual([
      1,
      'jisr: Only advisors pause and resume.\n',
    ]);
    expect([councilRole.code, councilRole.stderr]).toEqual([
      2,
      'jisr: --role must be one of startup, advisor.\n',
    ]);
    expect([badFile.code, badFile.stderr]).toEqual([2, 'jisr: Cannot read /nonexistent/profile.json.\n']);
    expect(badProfile.code).toBe(1);
    expect(JSON.parse(badProfile.stderr).error).toMatchObject({ status: 400, code: expect.any(String) });
  }, 60_000);
});
