import { connect } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { findExecutable } from '../../src/child-server';
import { buildKafkaMock, startKafkaMock } from '../../src/kafka-mock';
import type { KafkaServer } from '../../src/kafka-server.port';
import { uniqueName } from '../../src/unique-name';

const canConnect = (address: string): Promise<boolean> =>
  new Promise((resolve) => {
    const [host = '127.0.0.1', port] = address.split(':');
    const socket = connect({ host, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

// This file tests the launcher itself, so it starts the mock even where Docker would be preferred.
const canBuildMock = findExecutable('gcc') !== undefined;
if (!canBuildMock)
  console.warn(
    '\u26a0\ufe0f  SKIPPED: Kafka mock launcher tests — no gcc (apt-get install gcc librdkafka-dev).',
  );

(canBuildMock ? describe : describe.skip)('the mock Kafka cluster launcher', () => {
  let kafka: KafkaServer;
  const preCreated = uniqueName('precreated');
  const client = () =>
    new Kafka({ clientId: 'kit-test', brokers: [...kafka.brokers], logLevel: logLevel.NOTHING });
  const partitionsOf = async (topic: string): Promise<number | undefined> => {
    const admin = client().admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    return metadata.topics[0]?.partitions.length;
  };

  beforeAll(async () => {
    const built = await buildKafkaMock();
    if ('error' in built) throw new Error(`the launcher did not build: ${built.error}`);
    kafka = await startKafkaMock(built.binary, [{ name: preCreated, partitions: 3 }]);
  }, 300_000);
  afterAll(() => kafka.stop());

  test('when started with a topic, then the topic exists with its partitions on 3 brokers', async () => {
    const partitions = await partitionsOf(preCreated);

    expect(partitions).toBe(3);
    expect(kafka.brokerIds).toHaveLength(3);
  });

  test('when createTopic is asked for 5 partitions, then clients see 5', async () => {
    const topic = uniqueName('created');

    await kafka.createTopic(topic, 5);

    expect(await partitionsOf(topic)).toBe(5);
  });

  test('when a producer writes to an unknown topic, then the mock creates it with its default 4 partitions', async () => {
    const topic = uniqueName('auto');
    const producer = client().producer();
    await producer.connect();

    await producer.send({ topic, messages: [{ key: 'k', value: 'v' }] });
    await producer.disconnect();

    expect(await partitionsOf(topic)).toBe(4);
  });

  test('when every broker is down, then none accepts connections until they are up again', async () => {
    for (const id of kafka.brokerIds) await kafka.brokerDown(id);
    const whileDown = await Promise.all(kafka.brokers.map(canConnect));
    for (const id of kafka.brokerIds) await kafka.brokerUp(id);
    const afterUp = await Promise.all(kafka.brokers.map(canConnect));

    expect(whileDown).toEqual(kafka.brokers.map(() => false));
    expect(afterUp).toEqual(kafka.brokers.map(() => true));
  });
});
