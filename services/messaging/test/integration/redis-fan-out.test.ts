import { join } from 'node:path';
import { createSqliteStorage, type Storage } from '@jisr/storage';
import { waitFor } from '@jisr/test-kit';
import {
  anAcceptedIntroduction,
  aWorld,
  startInstance,
  type Instance,
  type World,
} from '../component/harness';
import { openStream, type SseStream } from '../component/sse-client';

// Set by the integration project's globalSetup when a Redis could be had (env, Docker or redis-server).
const redisUrl = process.env.REDIS_URL;
if (redisUrl === undefined) {
  console.warn(
    'messaging redis fan-out: SKIPPED — no Redis (set REDIS_URL, start Docker, or apt-get install redis-server)',
  );
}
const describeWithRedis = redisUrl === undefined ? describe.skip : describe;

describeWithRedis('notifications fan-out over real Redis', () => {
  let world: World;
  let storage: Storage;
  let first: Instance;
  let second: Instance;
  let stream: SseStream | undefined;

  beforeEach(async () => {
    world = await aWorld();
    storage = createSqliteStorage(join(world.dataDir, 'shared.sqlite'));
    const env = { CACHE: 'redis', REDIS_URL: redisUrl ?? '' };
    first = await startInstance({ ...world, storage, env });
    second = await startInstance({ ...world, storage, env });
  });
  afterEach(async () => {
    await stream?.close();
    await first.service.stop();
    await second.service.stop();
    await storage.close();
    await world.close();
  });

  test('when a message is posted on one instance, then a stream held by the other hears it within 1 s', async () => {
    const { introductionId, startup, advisor } = await anAcceptedIntroduction(world, first);
    stream = await openStream(second.url, advisor);

    const postedAt = Date.now();
    await first.call('POST', `/v1/threads/${introductionId}/messages`, startup, { body: 'عبر الخوادم' });
    const heard = await waitFor(() => stream?.events.find((e) => e.data.threadId === introductionId), {
      timeoutMs: 1000,
      what: 'the notification through Redis',
    });

    expect(heard.data.kind).toBe('message.received');
    expect(heard.receivedAt - postedAt).toBeLessThan(1000);
  });

  test('when the limit is reached on one instance, then the other refuses too (the counter lives in Redis)', async () => {
    const { introductionId, startup } = await anAcceptedIntroduction(world, first);
    const path = `/v1/threads/${introductionId}/messages`;

    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const via = i % 2 === 0 ? first : second;
      statuses.push((await via.call('POST', path, startup, { body: `m${i}` })).status);
    }
    const over = await second.call('POST', path, startup, { body: 'one too many' });

    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(over.status).toBe(429);
  });
});
