import { connect } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { startKafka } from '../../src/kafka';
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

const haveKafka = Boolean(process.env.KAFKA_BROKERS);

(haveKafka ? describe : describe.skip)('startKafka (a cluster of its own)', () => {
  let kafka: KafkaServer;
  const preCreated = uniqueName('precreated');

  beforeAll(async () => {
    kafka = (await startKafka({ exclusive: true, topics: [{ name: preCreated, partitions: 3 }] }))!;
  });
  afterAll(() => kafka.stop());

  const admin = () =>
    new Kafka({ clientId: 'kit-test', brokers: [...kafka.brokers], logLevel: logLevel.NOTHING }).admin();

  test('when started with a topic, then the topic exists with its partitions', async () => {
    const client = admin();
    await client.connect();

    const metadata = await client.fetchTopicMetadata({ topics: [preCreated] });
    await client.disconnect();

    expect(metadata.topics[0]?.partitions).toHaveLength(3);
    expect(kafka.brokerIds).toHaveLength(3);
  });

  test('when createTopic is asked for 5 partitions, then producers see 5', async () => {
    const topic = uniqueName('created');

    await kafka.createTopic(topic, 5);

    const client = admin();
    await client.connect();
    const metadata = await client.fetchTopicMetadata({ topics: [topic] });
    await client.disconnect();
    expect(metadata.topics[0]?.partitions).toHaveLength(5);
  });

  test('when a producer writes to an unknown topic, then the mock creates it with its default 4 partitions', async () => {
    const topic = uniqueName('auto');
    const producer = new Kafka({
      clientId: 'kit-test',
      brokers: [...kafka.brokers],
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();

    await producer.send({ topic, messages: [{ key: 'k', value: 'v' }] });
    await producer.disconnect();

    const client = admin();
    await client.connect();
    const metadata = await client.fetchTopicMetadata({ topics: [topic] });
    await client.disconnect();
    expect(metadata.topics[0]?.partitions).toHaveLength(4);
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
