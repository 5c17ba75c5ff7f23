import {
  DEAD_LETTER_HEADERS,
  createKafkaBus,
  deadLetterTopic,
  openBus,
  type EventBus,
} from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { type KafkaServer, startKafka, uniqueName, waitFor } from '@jisr/test-kit';
import { Kafka, logLevel } from 'kafkajs';
import { Recorder, anEvent, subscribeRecorder } from '../support/bus-recorder';

/* What only the Kafka adapter has: bytes on the wire, readiness from the brokers, openBus. */
const haveKafka = Boolean(process.env.KAFKA_BROKERS);

(haveKafka ? describe : describe.skip)('createKafkaBus', () => {
  let kafka: KafkaServer;
  let bus: EventBus;
  const extraBuses: EventBus[] = [];
  const client = () =>
    new Kafka({ clientId: uniqueName('raw'), brokers: [...kafka.brokers], logLevel: logLevel.NOTHING });

  beforeAll(async () => {
    kafka = (await startKafka({ exclusive: true }))!;
  }, 120_000);
  beforeEach(() => {
    bus = createKafkaBus({
      brokers: [...kafka.brokers],
      clientId: uniqueName('bus'),
      logger: silentLogger(),
      sessionTimeoutMs: 3000,
      idempotent: kafka.supportsIdempotentProducer,
    });
  });
  afterEach(async () => {
    await Promise.all([bus, ...extraBuses.splice(0)].map((each) => each.close()));
  });
  afterAll(() => kafka.stop());

  test('when a message on the topic is not a JSON envelope, then it lands in the dead-letter topic as it was, and the next is handled', async () => {
    const topic = uniqueName('topic');
    await kafka.createTopic(topic, 1);
    await kafka.createTopic(deadLetterTopic(topic), 1);
    const handled = new Recorder();
    await subscribeRecorder(bus, topic, handled);
    const producer = client().producer();
    await producer.connect();
    const valid = anEvent('startup-1', 2);

    await producer.send({ topic, messages: [{ key: 'startup-1', value: 'not json {' }] });
    await bus.publish(topic, [valid]);

    const deadLetters: { value: string; headers: Record<string, string> }[] = [];
    const reader = client().consumer({
      groupId: uniqueName('dlq'),
      maxWaitTimeInMs: 100,
      sessionTimeout: 3000,
      heartbeatInterval: 300,
    });
    await reader.connect();
    await reader.subscribe({ topic: deadLetterTopic(topic), fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        deadLetters.push({ value: String(message.value), headers });
      },
    });
    await waitFor(() => deadLetters.length >= 1 && handled.deliveries.length >= 1, { timeoutMs: 30_000 });
    await reader.disconnect();
    await producer.disconnect();
    expect([...handled.ids()]).toEqual([valid.id]);
    expect(deadLetters[0]?.value).toBe('not json {');
    expect(deadLetters[0]?.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.error]: 'Error: message value is not JSON',
      [DEAD_LETTER_HEADERS.attempts]: '0',
      [DEAD_LETTER_HEADERS.topic]: topic,
    });
  });

  test('when the brokers go down, then the bus reports not ready, and ready again once they are back', async () => {
    const readyBefore = await bus.isReady();

    for (const id of kafka.brokerIds) await kafka.brokerDown(id);
    const readyWhileDown = await bus.isReady();
    for (const id of kafka.brokerIds) await kafka.brokerUp(id);

    expect(readyBefore).toBe(true);
    expect(readyWhileDown).toBe(false);
    await waitFor(() => bus.isReady(), { timeoutMs: 10_000, what: 'readiness after recovery' });
  });

  test('when the configuration says kafka, then openBus delivers through the brokers with event headers', async () => {
    const viaConfig = openBus(
      {
        kind: 'kafka',
        brokers: [...kafka.brokers],
        clientId: uniqueName('cfg'),
        idempotent: kafka.supportsIdempotentProducer,
      },
      silentLogger(),
    );
    extraBuses.push(viaConfig);
    const topic = uniqueName('topic');
    await kafka.createTopic(topic, 3);
    const received = new Recorder();
    await subscribeRecorder(viaConfig, topic, received);
    const event = anEvent('startup-7', 1, { correlationId: 'req-42' });

    await viaConfig.publish(topic, [event]);

    await waitFor(() => received.deliveries.length === 1, { timeoutMs: 30_000 });
    expect(received.deliveries[0]?.event).toEqual(event);
    expect(received.deliveries[0]?.meta.headers).toMatchObject({
      'x-event-id': event.id,
      'x-event-type': 'startup.verified',
      'x-correlation-id': 'req-42',
    });
  });
});
