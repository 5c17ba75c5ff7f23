import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_COUNCIL } from '@jisr/cli';
import { waitFor } from '@jisr/test-kit';
import { ROOT, buildOnce } from '../support/build';
import { expectStatus, http } from '../support/http';
import { freePorts, groupAlive, startProcess, type RunningProcess } from '../support/processes';
import {
  STORY_MESSAGES,
  funnelOf,
  introductionStory,
  logIn,
  requestAndAccept,
  type Urls,
} from '../support/story';

// Generous: the first start hashes 72 passwords and loads the demo data on a shared 2-core machine.
const READY_MS = 120_000;
const STEP_MS = 30_000;

let dataDir: string;
let running: RunningProcess | undefined;

/** `npm start` exactly as the README says, with the data directory and ports from the environment. */
const npmStart = (ports: number[]): RunningProcess =>
  startProcess('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      JISR_DATA_DIR: dataDir,
      PROFILE_PORT: String(ports[0]),
      MATCHING_PORT: String(ports[1]),
      MESSAGING_PORT: String(ports[2]),
      // The web app is not part of this story; any free port keeps it out of the way.
      WEB_PORT: '0',
      // The README's knob for a cheaper password hash; the production default costs ~0.3 s per hash.
      PASSWORD_SCRYPT_COST: '10',
    },
  });

/** Waits for the banner, reads the service URLs from it, and checks that every service is healthy and ready. */
async function ready(process_: RunningProcess): Promise<Urls> {
  // The demo logins come last: on a first start only once the demo data is loaded (until then /readyz is 503).
  await process_.waitForOutput(/password for every demo account/, READY_MS);
  const url = (name: string): string =>
    process_.output().match(new RegExp(`^  ${name}\\s+(http://\\S+)`, 'm'))?.[1] ?? '';
  const urls = { profile: url('profile'), matching: url('matching'), messaging: url('messaging') };
  for (const base of Object.values(urls)) {
    expect((await http(`${base}/healthz`)).status).toBe(200);
    await waitFor(async () => (await http(`${base}/readyz`)).status === 200, {
      timeoutMs: STEP_MS,
      what: `${base}/readyz`,
    });
  }
  return urls;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jisr-embedded-'));
  buildOnce('deploy/embedded');
}, 600_000);

afterAll(async () => {
  if (running !== undefined && groupAlive(running)) await running.stop('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start (embedded mode)', () => {
  test('when a newcomer starts it, then the whole introduction story works over HTTP and a restart loses nothing', async () => {
    // Arrange: a fresh machine's first start, on free ports, with the demo data.
    const ports = await freePorts(3);
    running = npmStart(ports);
    const urls = await ready(running);
    expect(urls).toEqual({
      profile: `http://127.0.0.1:${ports[0]}`,
      matching: `http://127.0.0.1:${ports[1]}`,
      messaging: `http://127.0.0.1:${ports[2]}`,
    });
    expect(running.output()).toContain('startups: 46/46');
    expect(running.output()).toContain(`${DEMO_COUNCIL.email}`);

    // Act: the story, then one more acceptance with the stop right behind it.
    const story = await introductionStory(urls, STEP_MS);
    const late = await requestAndAccept(urls, 1, STEP_MS);
    await running.stop('SIGINT');

    // Assert: what each person saw.
    expect(story.firstMatch.explanation.map((line) => line.criterion)).toEqual(
      expect.arrayContaining(['sector', 'stage', 'language']),
    );
    for (const line of story.firstMatch.explanation) {
      expect(line.sentence).toMatch(/\p{Script=Arabic}/u);
      expect(line.text.en).not.toBe('');
      expect(line.text.tr).not.toBe('');
    }
    expect(story.messages).toEqual(STORY_MESSAGES);
    expect(story.funnelAfter.introductions.accepted).toBe(
      (story.funnelBefore.introductions.accepted ?? 0) + 1,
    );
    expect(story.funnelAfter.startups.accepted).toBeGreaterThan(story.funnelBefore.startups.accepted ?? 0);
    expect(running.output()).toContain('Jisr stopped');
    expect(groupAlive(running)).toBe(false);

    // Act: start again on the same data directory and ports.
    running = npmStart(ports);
    const again = await ready(running);

    // Assert: no second seed, and every service still knows everything, including the acceptance made just before the stop.
    expect(running.output()).not.toContain('Seeding the Jisr demo data');
    const startup = await logIn(again, story.startup.email);
    const council = await logIn(again, DEMO_COUNCIL.email);
    const stateOf = (id: string) =>
      expectStatus<{ state: string }>(200, `${again.matching}/v1/introductions/${id}`, {
        token: council.accessToken,
      });
    expect((await stateOf(story.introductionId)).state).toBe('accepted');
    await waitFor(async () => (await stateOf(late.introductionId)).state === 'accepted', {
      timeoutMs: STEP_MS,
      what: 'the acceptance made just before the stop to reach matching',
    });
    const thread = await expectStatus<{ items: { body: string; seq: number }[] }>(
      200,
      `${again.messaging}/v1/threads/${story.introductionId}/messages`,
      { token: startup.accessToken },
    );
    expect([...thread.items].sort((a, b) => a.seq - b.seq).map((m) => m.body)).toEqual(STORY_MESSAGES);
    const funnel = await funnelOf(again, council.accessToken);
    expect(funnel.startups.registered).toBe(story.funnelAfter.startups.registered);
    expect(funnel.introductions.accepted).toBe((story.funnelAfter.introductions.accepted ?? 0) + 1);
    const recommendations = await expectStatus<{ items: unknown[] }>(
      200,
      `${again.matching}/v1/startups/${story.startup.id}/recommendations`,
      { token: startup.accessToken },
    );
    expect(recommendations.items.length).toBeGreaterThan(0);

    await running.stop('SIGINT');
    expect(running.output()).toContain('Jisr stopped');
  }, 600_000);
});
