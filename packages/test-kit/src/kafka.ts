import { externalKafka, startKafkaContainer } from './kafka-admin';
import { controlledKafka } from './kafka-control';
import { buildKafkaMock, startKafkaMock } from './kafka-mock';
import type { KafkaServer, KafkaTopic } from './kafka-server.port';
import { dockerAnswers } from './docker';
import { warnServerMissing } from './server-missing';

export interface StartKafkaOptions {
  /** Created before `startKafka` returns. */
  readonly topics?: readonly KafkaTopic[];
  /**
   * A cluster of this test's own, never the shared one from `KAFKA_BROKERS`: needed for fault
   * injection (`brokerDown` would break every other test file on a shared cluster).
   */
  readonly exclusive?: boolean;
}

/**
 * Kafka by the INFRA order: `KAFKA_BROKERS` → testcontainers (a Docker engine answers) →
 * the project's launcher of librdkafka's mock cluster → null, with one loud line.
 */
export async function startKafka({
  topics = [],
  exclusive = false,
}: StartKafkaOptions = {}): Promise<KafkaServer | null> {
  const fromEnv = process.env.KAFKA_BROKERS;
  if (fromEnv && !exclusive) {
    const brokers = fromEnv.split(',').map((broker) => broker.trim());
    const control = process.env.JISR_KAFKA_CONTROL;
    const kafka = control ? await controlledKafka(brokers, control) : await externalKafka(brokers);
    return withTopics(kafka, topics);
  }
  if (await dockerAnswers()) return withTopics(await startKafkaContainer(), topics);
  const built = await buildKafkaMock();
  if ('binary' in built) return startKafkaMock(built.binary, topics);
  return warnServerMissing(
    'Kafka',
    `Set KAFKA_BROKERS, start Docker, or install librdkafka-dev + gcc for the mock cluster (${built.error}).`,
  );
}

async function withTopics(kafka: KafkaServer, topics: readonly KafkaTopic[]): Promise<KafkaServer> {
  for (const topic of topics) await kafka.createTopic(topic.name, topic.partitions);
  return kafka;
}
