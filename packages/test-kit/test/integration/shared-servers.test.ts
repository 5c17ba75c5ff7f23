import { connect } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { startKafka } from '../../src/kafka';
import { startRedis } from '../../src/redis-server';
import { uniqueName } from '../../src/unique-name';

const redisCommand = (url: string, line: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(`${line}\r\n`));
    socket.once('data', (data) => {
      socket.end();
      resolve(data.toString().trim());
    });
    socket.once('error', reject);
  });

(process.env.REDIS_URL ? describe : describe.skip)('startRedis', () => {
  test('when REDIS_URL is set by the global setup, then startRedis returns that server and it answers', async () => {
    const redis = (await startRedis())!;

    const pong = await redisCommand(redis.url, 'PING');

    expect(redis.url).toBe(process.env.REDIS_URL);
    expect(pong).toBe('+PONG');
  });
});

(process.env.KAFKA_BROKERS ? describe : describe.skip)('startKafka (the shared cluster)', () => {
  test('when a worker creates a topic on the shared cluster, then clients see it with its partitions', async () => {
    const kafka = (await startKafka())!;
    const topic = uniqueName('shared');

    await kafka.createTopic(topic, 3);

    const admin = new Kafka({
      clientId: 'kit-test',
      brokers: [...kafka.brokers],
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.disconnect();
    expect(kafka.brokers.join(',')).toBe(process.env.KAFKA_BROKERS);
    expect(metadata.topics[0]?.partitions).toHaveLength(3);
  });

  test('when a worker asks the shared cluster for fault injection, then it is refused', async () => {
    const kafka = (await startKafka())!;

    const takingDown = kafka.brokerDown(kafka.brokerIds[0]!);

    await expect(takingDown).rejects.toThrow(
      /no fault injection on (the shared cluster|a cluster given by KAFKA_BROKERS)/,
    );
  });
});
