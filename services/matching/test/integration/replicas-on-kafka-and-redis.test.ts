import { randomUUID } from 'node:crypto';
import { createRedisCache, type Cache } from '@jisr/cache';
import { TOPICS } from '@jisr/contracts';
import { createKafkaBus, deadLetterTopic, type EventBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { aWorld, tokenFor, type Instance, type World } from '../component/matching-world';
import {
  aStartupProfile,
  anAdvisorProfile,
  anEvent,
  advisorUpserted,
  startKafka,
  startupUpserted,
} from '@jisr/test-kit';
import { council, requestIntroduction, until } from '../component/scenario';

// Set by the integration project's globalSetup when the servers could be had (env, Docker or local binaries).
const brokers = process.env.KAFKA_BROKERS?.split(',');
const redisUrl = process.env.REDIS_URL;
if (brokers === undefined || redisUrl === undefined) {
  console.warn(
    'matching replicas on Kafka + Redis: SKIPPED — needs KAFKA_BROKERS and REDIS_URL (apt-get install librdkafka-dev gcc redis-server, or Docker)',
  );
}
const describeWithServers = brokers === undefined || redisUrl === undefined ? describe.skip : describe;

const TOPIC_NAMES = [TOPICS.startup, TOPICS.advisor, TOPICS.programme, TOPICS.introduction];

describeWithServers('two matching replicas on real Kafka and Redis, one storage', () => {
  let world: World;
  let buses: EventBus[];
  let caches: Cache[];
  let replicas: [Instance, Instance];
  let publisher: EventBus;

  beforeAll(async () => {
    // The mock cluster cannot create topics on demand, so they exist before anyone subscribes.
    await startKafka({
      topics: [...TOPIC_NAMES, ...TOPIC_NAMES.map(deadLetterTopic)].map((name) => ({ name, partitions: 3 })),
    });
    world = await aWorld();
    const kafka = (clientId: string) =>
      createKafkaBus({ brokers: brokers!, clientId, logger: silentLogger(), sessionTimeoutMs: 6000 });
    buses = [kafka('matching-a'), kafka('matching-b')];
    publisher = kafka('profile-publisher');
    caches = [createRedisCache({ url: redisUrl! }), createRedisCache({ url: redisUrl! })];
    // A group of this run's own, so offsets of earlier runs on the shared cluster do not matter.
    const env = { MATCHING_CONSUMER_GROUP: `matching-it-${randomUUID()}` };
    const start = (i: 0 | 1) =>
      world.start({ file: 'shared.sqlite', env, bus: buses[i]!, cache: caches[i]! });
    replicas = [await start(0), await start(1)];
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    for (const bus of [...(buses ?? []), publisher]) await bus?.close();
    for (const cache of caches ?? []) await cache.close();
  });

  test('when profile events land on one replica, then both recommend, and an acceptance makes the advisor full on both', async () => {
    const startup = aStartupProfile();
    const other = aStartupProfile();
    const advisor = anAdvisorProfile({ capacity: 1 });
    const startupToken = tokenFor(startup.startupId, 'startup');
    await publisher.publish(TOPICS.startup, [startupUpserted(startup), startupUpserted(other)]);
    await publisher.publish(TOPICS.advisor, [advisorUpserted(advisor)]);

    const recommends = (replica: Instance) =>
      until(
        () => replica.call('GET', `/v1/startups/${startup.startupId}/recommendations`, startupToken),
        (r) =>
          r.status === 200 &&
          r.body.items.some((i: { advisorId: string }) => i.advisorId === advisor.advisorId),
        'advisor recommended',
      );
    await Promise.all(replicas.map(recommends));

    const seeded = {
      startup: other,
      startupToken: tokenFor(other.startupId, 'startup'),
      event: startupUpserted(other),
    };
    const { body } = await requestIntroduction(replicas[0], seeded, advisor.advisorId);
    const intro = {
      introductionId: body.introductionId,
      startupId: other.startupId,
      advisorId: advisor.advisorId,
    };
    await publisher.publish(TOPICS.introduction, [anEvent('introduction.accepted', intro, { version: 2 })]);

    for (const replica of replicas) {
      await until(
        () => replica.call('GET', `/v1/startups/${startup.startupId}/recommendations`, startupToken),
        (r) =>
          r.status === 200 &&
          !r.body.items.some((i: { advisorId: string }) => i.advisorId === advisor.advisorId),
        'full advisor no longer recommended',
      );
    }
    const load = await replicas[1].call('GET', '/v1/pipeline/advisor-load', council());
    expect(load.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ advisorId: advisor.advisorId, active: 1 })]),
    );
  }, 60_000);
});
