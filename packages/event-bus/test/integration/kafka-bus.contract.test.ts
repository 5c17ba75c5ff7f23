import { createKafkaBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { type KafkaServer, startKafka, uniqueName } from '@jisr/test-kit';
import { busContract } from '../contract/bus.contract';

/*
 * The same contract on Kafka: a cluster of this file's own (librdkafka's mock, or Docker),
 * because the outage scenario takes every broker down.
 */
const haveKafka = Boolean(process.env.KAFKA_BROKERS);
let kafka: KafkaServer | null = null;

(haveKafka ? describe : describe.skip)('Kafka adapter', () => {
  beforeAll(async () => {
    kafka = await startKafka({ exclusive: true });
  }, 120_000);
  afterAll(async () => kafka?.stop());

  const cluster = (): KafkaServer => {
    if (!kafka) throw new Error('KAFKA_BROKERS is set, yet no Kafka cluster of this file could be started');
    return kafka;
  };

  busContract(
    'kafka',
    () => ({
      openBus: async ({ logger = silentLogger(), publishRetries } = {}) =>
        createKafkaBus({
          brokers: [...cluster().brokers],
          clientId: uniqueName('bus-test'),
          logger,
          ...(publishRetries === undefined ? {} : { publishRetries }),
          sessionTimeoutMs: 3000,
          idempotent: cluster().supportsIdempotentProducer,
        }),
      newTopic: async (partitions) => {
        const topic = uniqueName('topic');
        await cluster().createTopic(topic, partitions);
        await cluster().createTopic(`${topic}.dlq`, partitions);
        return topic;
      },
      outage: {
        down: async () => {
          for (const id of cluster().brokerIds) await cluster().brokerDown(id);
        },
        up: async () => {
          for (const id of cluster().brokerIds) await cluster().brokerUp(id);
        },
      },
      timeoutMs: 30_000,
    }),
    { hasBrokers: true },
  );
});
