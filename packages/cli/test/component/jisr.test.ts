import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@jisr/test-kit';
import { demoData } from '../../src/seed/demo-data';
import { runCli } from '../../src/run-cli';
import { DEMO_PASSWORD } from '../../src/seed/demo-logins';
import { startCliWorld, type CliRun, type CliWorld } from '../support/cli-world';

const data = demoData();
const startupLogin = (index: number): string => data.startups[index]?.email ?? '';
const advisorEmailByName = (name: string): string =>
  data.advisors.find((a) => a.profile.displayName === name)?.email ?? '';

let world: CliWorld;
let seeded: CliRun;

const json = <T>(run: CliRun): T => JSON.parse(run.stdout) as T;
type Match = {
  advisorId: string;
  displayName: string;
  explanation: { criterion: string; sentence: string }[];
};

/** Logs in with a fresh JISR_HOME and returns it. */
const loggedIn = async (email: string): Promise<string> => {
  const home = await world.newHome();
  const run = await world.jisr(['login', '--email', email, '--password', DEMO_PASSWORD], { home });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return home;
};

/** The startup's matches once matching has caught up with the seeded profiles. */
const matchesOf = (home: string, extra: string[] = []): Promise<Match[]> =>
  waitFor(
    async () => {
      const items = json<{ items: Match[] }>(
        await world.jisr(['matches', '--json', ...extra], { home }),
      ).items;
      return items.length > 0 ? items : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 100, what: 'the startup to have matches' },
  );

beforeAll(async () => {
  world = await startCliWorld();
  seeded = await world.jisr(['seed']);
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

describe('jisr seed', () => {
  test('when run, then progress goes to stderr, the demo logins to stdout, and the exit code is 0', () => {
    expect(seeded.code).toBe(0);
    expect(seeded.stderr).toContain('startups: 46/46');
    expect(seeded.stderr).toContain('mentors and investors: 25/25');
    expect(seeded.stderr).toContain('partner organisations: libya-enterprise, deik-tlbc, sesric');
    expect(seeded.stdout).toContain('council@jisr.example');
    expect(seeded.stdout).toContain(`password for every demo account: ${DEMO_PASSWORD}`);
  });

  test('when run a second time, then profiles are updated in place, not duplicated', async () => {
    const again = await world.jisr(['seed', '--json']);
    expect(again.code).toBe(0);
    const report = json<{ startups: { id: string }[]; advisors: { id: string }[] }>(again);
    const home = await loggedIn('council@jisr.example');
    const funnel = json<{ funnel: { startups: { registered: number } } }>(
      await world.jisr(['pipeline', '--json'], { home }),
    );
    expect(new Set(report.startups.map((s) => s.id)).size).toBe(data.startups.length);
    expect(funnel.funnel.startups.registered).toBe(data.startups.length);
  }, 60_000);
});

describe('jisr login', () => {
  test('when the password is wrong, then one line on stderr says so with the code, and the exit code is 1', async () => {
    const home = await world.newHome();
    const run = await world.jisr(['login', '--email', startupLogin(0), '--password', 'not-the-password'], {
      home,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('jisr: The email or password is wrong. [AUTH.INVALID_CREDENTIALS]\n');
  });

  test('when the password comes on stdin, then the session is kept in JISR_HOME for its owner only', async () => {
    const home = await world.newHome();
    const run = await world.jisr(['login', '--email', startupLogin(0)], {
      home,
      stdin: `${DEMO_PASSWORD}\n`,
    });
    expect(run).toMatchObject({ code: 0, stdout: `Logged in as ${startupLogin(0)} (startup).\n` });
    expect((await stat(join(home, 'session.json'))).mode & 0o777).toBe(0o600);
    const whoami = json<{ email: string; role: string }>(await world.jisr(['whoami', '--json'], { home }));
    expect(whoami).toMatchObject({ email: startupLogin(0), role: 'startup' });
  });

  test('when nobody is logged in, then a command that needs a session says how to log in', async () => {
    const run = await world.jisr(['matches'], { home: await world.newHome() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^jisr: You are not logged in; run `jisr login --email <email>` first\.\n$/);
  });
});

describe('jisr matches', () => {
  test('when a verified startup asks, then a table ranks advisors and every match is explained per criterion', async () => {
    const home = await loggedIn(startupLogin(0));
    const [best] = await matchesOf(home);
    const run = await world.jisr(['matches', '--limit', '3'], { home });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^#\s+Advisor\s+Organisation\s+Offers\s+Score\s+Free\s+Id\n/);
    expect(run.stdout).toContain(best?.advisorId);
    expect(run.stdout).toContain(`Why #1 ${best?.displayName}:`);
    expect(run.stdout).toMatch(/• sector\s+\d+\s+Both work in ISIC 35/);
  });

  test.each([
    ['ar', /\p{Script=Arabic}/u],
    ['tr', /[çğıöşüİ]/u],
  ])(
    'when asked with --lang %s, then headings and explanations are in that language',
    async (lang, script) => {
      const home = await loggedIn(startupLogin(1));
      const items = await matchesOf(home, ['--lang', lang]);
      for (const line of items[0]?.explanation ?? []) expect(line.sentence).toMatch(script);
      const run = await world.jisr(['matches', '--lang', lang, '--limit', '1'], { home });
      expect(run.stdout.split('\n')[0]).toMatch(script);
    },
  );
});

describe('jisr request, inbox, accept, send, messages, pipeline', () => {
  test('when a startup asks for an introduction and the advisor accepts, then both talk and the council sees it', async () => {
    const startupHome = await loggedIn(startupLogin(2));
    const [match] = await matchesOf(startupHome);
    const requested = await world.jisr(
      ['request', match!.advisorId, '--note', 'We press olive oil in Gharyan and want to export.'],
      { home: startupHome },
    );
    expect(requested.code).toBe(0);
    const introductionId = /Introduction requested: (\S+) \(requested\)\./.exec(requested.stdout)?.[1] ?? '';

    const advisorHome = await loggedIn(advisorEmailByName(match!.displayName));
    const inbox = await waitFor(
      async () => {
        const run = await world.jisr(['inbox', '--status', 'open'], { home: advisorHome });
        return run.stdout.includes(introductionId) ? run : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 50, what: 'the request in the advisor inbox' },
    );
    expect(inbox.stdout).toContain(data.startups[2]?.profile.name.latin);
    const accepted = await world.jisr(['accept', introductionId], { home: advisorHome });
    expect(accepted.stdout).toContain(`Introduction ${introductionId} is now accepted.`);

    const sent = await world.jisr(['send', introductionId, 'شكراً! Can we meet on Tuesday?'], {
      home: startupHome,
    });
    expect(sent.stdout).toBe(`Message #1 sent in ${introductionId}.\n`);
    const messages = await world.jisr(['messages', introductionId], { home: advisorHome });
    expect(messages.stdout).toContain('شكراً! Can we meet on Tuesday?');

    const councilHome = await loggedIn('council@jisr.example');
    await waitFor(
      async () => {
        const pipeline = json<{ funnel: { introductions: { accepted: number } } }>(
          await world.jisr(['pipeline', '--json'], { home: councilHome }),
        );
        return pipeline.funnel.introductions.accepted >= 1;
      },
      { timeoutMs: 10_000, intervalMs: 100, what: 'the pipeline to count the acceptance' },
    );
    const pipeline = await world.jisr(['pipeline'], { home: councilHome });
    expect(pipeline.stdout).toMatch(/accepted\s+[1-9]/);
  });
});

describe('jisr errors', () => {
  test('when an advisor accepts an id that does not exist, then one line says so and the exit code is 1', async () => {
    const home = await loggedIn(data.advisors[0]?.email ?? '');
    const run = await world.jisr(['accept', '01a00000-0000-7000-8000-000000000000'], { home });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^jisr: .*\[INTRODUCTION\.NOT_FOUND\]\n$/);
  });

  test('when a startup requests an introduction to an unknown advisor, then it is refused in one line', async () => {
    const home = await loggedIn(startupLogin(3));
    const run = await world.jisr(['request', 'no-such-advisor', '--note', 'Hello'], { home });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^jisr: .*\[MATCHING\.[A-Z_]+\]\n$/);
  });

  test('when --json is given, then a failure is a JSON object on stderr', async () => {
    const run = await world.jisr(
      ['login', '--email', startupLogin(0), '--password', 'wrong-password', '--json'],
      { home: await world.newHome() },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr)).toEqual({
      error: expect.objectContaining({ code: 'AUTH.INVALID_CREDENTIALS', status: 401 }),
    });
  });

  test.each([
    [['frobnicate'], /^jisr: Unknown command "frobnicate"\. See: jisr help\n$/],
    [['login'], /^jisr: Missing --email\. Usage: jisr login/],
    [['matches', '--limit', 'many'], /^jisr: --limit must be a whole number from 1 to 50\.\n$/],
    [['matches', '--colour'], /^jisr: Unknown option '--colour'/],
  ])('when typed as %j, then it is a usage error with exit code 2', async (argv, message) => {
    const run = await world.jisr(argv, { home: await world.newHome() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('when a service cannot be reached, then the error names it and says how to start Jisr', async () => {
    let stderr = '';
    const code = await runCli(
      ['login', '--email', 'x@jisr.example', '--password', 'whatever-it-is'],
      { stdout: () => undefined, stderr: (t: string) => void (stderr += t), readStdin: async () => '' },
      { JISR_HOME: await world.newHome(), JISR_PROFILE_URL: 'http://127.0.0.1:1' },
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'jisr: Cannot reach the profile service at http://127.0.0.1:1; is Jisr running (npm start)?\n',
    );
  });
});

describe('jisr round', () => {
  test('when the council previews and confirms a cohort round, then progress goes to stderr and requests are created', async () => {
    const home = await loggedIn('council@jisr.example');

    const preview = await world.jisr(['round', '--cohort', 'autumn-2025'], { home });
    const roundId = /Round (\S+) \(preview\): (\d+) pairs/.exec(preview.stdout)?.[1] ?? '';
    const confirmed = await world.jisr(['round', '--confirm', roundId], { home });

    expect(preview.code).toBe(0);
    expect(preview.stderr).toContain('Computing the optimal assignment for cohort autumn-2025 ...');
    // The round answers 202 at once; its progress goes to stderr, one line per phase (not a terminal).
    expect(preview.stderr).toMatch(/waiting its turn: 0% · \d+ s · pass 0/);
    expect(preview.stdout).toMatch(/Startup\s+Advisor\s+Score/);
    expect(preview.stdout).toContain(`Confirm with: jisr round --confirm ${roundId}`);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stderr).toContain(`Confirming round ${roundId}`);
    expect(confirmed.stdout).toMatch(/Confirmed: [1-9]\d* introduction requests created/);
  });
});

describe('jisr round --json and --cancel', () => {
  test('when the council runs a round with --json, then stdout is the ready round alone and a finished round cannot be cancelled', async () => {
    const home = await loggedIn('council@jisr.example');

    const run = await world.jisr(['round', '--cohort', 'autumn-2025', '--json'], { home });
    const round = JSON.parse(run.stdout) as { roundId: string; state: string; pairs: unknown[] };
    const cancel = await world.jisr(['round', '--cancel', round.roundId], { home });

    expect(run.code).toBe(0);
    expect(round.state).toBe('ready');
    expect(round.pairs.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/waiting its turn: 0%/);
    expect(cancel.code).toBe(1);
    expect(cancel.stderr).toContain('no longer running');
  });
});

describe('jisr --lang', () => {
  test('when a service refuses in Arabic mode, then its error message is in Arabic', async () => {
    const run = await world.jisr(
      ['login', '--email', startupLogin(0), '--password', 'wrong-password', '--lang', 'ar'],
      {
        home: await world.newHome(),
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('jisr: البريد الإلكتروني أو كلمة المرور غير صحيحة. [AUTH.INVALID_CREDENTIALS]\n');
  });
});
