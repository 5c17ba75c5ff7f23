import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEvent, TOPICS, type KnownEvent } from '@jisr/contracts';
import { createKafkaBus, deadLetterTopic, type EventBus, type Subscription } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { ManualClock, startKafka, uniqueName, waitFor, type KafkaServer } from '@jisr/test-kit';
import { anIntroductionRequested } from '../builders/events.builder';
import { aRequestIn, startInstance, type Instance } from '../component/harness';

// Set by the integration project's globalSetup when Kafka (or librdkafka's mock cluster) could be had.
const haveKafka = Boolean(process.env.KAFKA_BROKERS);
if (!haveKafka)
  console.warn('messaging kafka flow: SKIPPED — no Kafka (set KAFKA_BROKERS or build the mock cluster)');

(haveKafka ? describe : describe.skip)('messaging over Kafka', () => {
  let kafka: KafkaServer;
  let dataDir: string;
  let messagingBus: EventBus;
  let matchingBus: EventBus;
  let observer: Subscription;
  let messaging: Instance;
  const published: KnownEvent[] = [];
  const busFor = () =>
    createKafkaBus({
      brokers: [...kafka.brokers],
      clientId: uniqueName('messaging-it'),
      logger: silentLogger(),
      sessionTimeoutMs: 3000,
      idempotent: kafka.supportsIdempotentProducer,
    });

  beforeAll(async () => {
    // A private cluster with one partition per topic: events arrive in publish order.
    const topics = Object.values(TOPICS).flatMap((name) => [name, deadLetterTopic(name)]);
    kafka = (await startKafka({ exclusive: true, topics: topics.map((name) => ({ name, partitions: 1 })) }))!;
    dataDir = mkdtempSync(join(tmpdir(), 'jisr-messaging-kafka-'));
    messagingBus = busFor();
    matchingBus = busFor();
    observer = await matchingBus.subscribe({
      groupId: uniqueName('observer'),
      topics: [TOPICS.introduction],
      handler: async (envelope) => void published.push(parseEvent(envelope)),
    });
    messaging = await startInstance({
      dataDir,
      bus: messagingBus,
      clock: new ManualClock('2025-03-01T09:00:00.000Z'),
    });
  }, 120_000);
  afterAll(async () => {
    await messaging.service.stop();
    await observer.stop();
    await matchingBus.close();
    await messagingBus.close();
    await kafka.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('when matching publishes a request on Kafka twice, then one inbox item appears and the acceptance goes back on Kafka', async () => {
    const world = { publish: (topic: string, ...events: KnownEvent[]) => matchingBus.publish(topic, events) };
    const requested = anIntroductionRequested();
    const { introductionId, advisorId, advisor } = await aRequestIn(world, messaging, requested);

    await matchingBus.publish(TOPICS.introduction, [requested]);
    const marker = await aRequestIn(world, messaging, anIntroductionRequested({ advisorId }));
    const inbox = await messaging.call('GET', '/v1/introductions', advisor);
    const accepted = await messaging.call('POST', `/v1/introductions/${introductionId}/accept`, advisor, {});
    const event = await waitFor(
      () => published.find((e) => e.type === 'introduction.accepted' && e.aggregateId === introductionId),
      { timeoutMs: 30_000, what: 'introduction.accepted on Kafka' },
    );

    expect(inbox.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [introductionId, marker.introductionId].sort(),
    );
    expect(accepted.status).toBe(200);
    expect(event.payload).toEqual({ introductionId, startupId: requested.payload.startupId, advisorId });
  }, 60_000);
});
