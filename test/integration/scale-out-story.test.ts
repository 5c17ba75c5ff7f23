import { join } from 'node:path';
import { DEMO_COUNCIL } from '@jisr/cli';
import { waitFor } from '@jisr/test-kit';
import { ROOT } from '../support/build';
import { http } from '../support/http';
import { ownProcessCluster } from '../support/process-cluster';
import { freePorts, startProcess } from '../support/processes';
import { STORY_MESSAGES, introductionStory, type Urls } from '../support/story';

const READY_MS = 60_000;
const STEP_MS = 60_000;
const SERVICES = ['profile', 'matching', 'messaging'] as const;

const redisUrl = process.env.REDIS_URL;
const describeIfServers = process.env.KAFKA_BROKERS && redisUrl ? describe : describe.skip;
if (!process.env.KAFKA_BROKERS || !redisUrl)
  console.warn(
    'SKIPPED scale-out story: the integration globalSetup found no Kafka or no Redis (see INFRA in the README)',
  );

describeIfServers('scale-out: three service processes on Kafka and Redis', () => {
  const cluster = ownProcessCluster('jisr-scale-out-');

  test('when each service runs alone with SQLite, Kafka and Redis, then the same introduction story works', async () => {
    const { processes } = cluster;
    const kafka = cluster.kafka();
    // Arrange: the scale-out adapters, chosen by configuration only, one process and one data directory per service.
    const [profilePort, matchingPort, messagingPort] = await freePorts(3);
    const urls: Urls = {
      profile: `http://127.0.0.1:${profilePort}`,
      matching: `http://127.0.0.1:${matchingPort}`,
      messaging: `http://127.0.0.1:${messagingPort}`,
    };
    const common = {
      ...process.env,
      STORAGE: 'sqlite',
      BUS: 'kafka',
      KAFKA_BROKERS: kafka.brokers.join(','),
      CACHE: 'redis',
      // A database of its own on the shared Redis, so login limits and caches meet no other suite.
      REDIS_URL: `${redisUrl!.replace(/\/\d*$/, '')}/9`,
      JWT_ISSUER: 'jisr-scale-out-test',
      JWT_AUDIENCE: 'jisr',
      JWKS_URL: `${urls.profile}/.well-known/jwks.json`,
      PASSWORD_SCRYPT_COST: '10',
      LOG_LEVEL: 'warn',
      PROFILE_PORT: String(profilePort),
      MATCHING_PORT: String(matchingPort),
      MESSAGING_PORT: String(messagingPort),
      COUNCIL_BOOTSTRAP_EMAIL: DEMO_COUNCIL.email,
      COUNCIL_BOOTSTRAP_PASSWORD: DEMO_COUNCIL.password,
      // The story seeds every demo account from this one address.
      REGISTRATION_MAX_PER_IP: '100000',
      SIGNING_KEY_SECRETS: 'scale-out-story-key-encryption-secret-0001',
    };
    for (const service of SERVICES) {
      const env = { ...common, JISR_DATA_DIR: join(cluster.root(), service) };
      processes.push(startProcess('node', [`services/${service}/dist/start.js`], { cwd: ROOT, env }));
    }
    for (const base of Object.values(urls))
      await waitFor(async () => (await http(`${base}/readyz`).catch(() => ({ status: 0 }))).status === 200, {
        timeoutMs: READY_MS,
        intervalMs: 100,
        what: `${base}/readyz`,
      });

    // Act: an operator loads the demo data with the CLI, then the story runs over HTTP.
    const seed = startProcess('node', ['packages/cli/bin/jisr.js', 'seed'], {
      cwd: ROOT,
      env: {
        ...process.env,
        JISR_PROFILE_URL: urls.profile,
        JISR_MATCHING_URL: urls.matching,
        JISR_MESSAGING_URL: urls.messaging,
      },
    });
    expect(await seed.exit(STEP_MS)).toEqual({ code: 0, signal: null });
    const story = await introductionStory(urls, STEP_MS);

    // Assert
    expect(seed.output()).toContain('startups: 46/46');
    expect(story.firstMatch.explanation.length).toBeGreaterThanOrEqual(4);
    expect(story.messages).toEqual(STORY_MESSAGES);
    expect(story.funnelAfter.introductions.accepted).toBe(
      (story.funnelBefore.introductions.accepted ?? 0) + 1,
    );
    for (const process_ of processes) expect(process_.output()).not.toMatch(/"level":"(error|fatal)"/);
    for (const process_ of processes)
      expect(await process_.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 600_000);
});
