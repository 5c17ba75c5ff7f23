import { Kafka, logLevel } from 'kafkajs';
import { KafkaContainer } from '@testcontainers/kafka';
import { getContainerRuntimeClient } from 'testcontainers';
import type { KafkaServer } from './kafka-server.port';

/** A real cluster (given by KAFKA_BROKERS): topics through the admin API, no fault injection. */
export async function externalKafka(brokers: readonly string[]): Promise<KafkaServer> {
  const admin = await connectAdmin(brokers);
  const { brokers: nodes } = await admin.describeCluster();
  const unsupported = (): Promise<void> =>
    Promise.reject(
      new Error(
        'no fault injection on a cluster given by KAFKA_BROKERS: use startKafka({ exclusive: true })',
      ),
    );
  return {
    brokers,
    brokerIds: nodes.map((node) => node.nodeId),
    supportsIdempotentProducer: true,
    createTopic: (name, partitions) => createTopicWithAdmin(admin, name, partitions),
    brokerDown: unsupported,
    brokerUp: unsupported,
    stop: () => admin.disconnect(),
  };
}

/** Single-node Kafka (KRaft) in Docker; a broker "down" is the container paused. */
export async function startKafkaContainer(): Promise<KafkaServer> {
  const container = await new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start();
  const brokers = [`${container.getHost()}:${container.getMappedPort(9093)}`];
  const admin = await connectAdmin(brokers);
  const docker = (await getContainerRuntimeClient()).container.getById(container.getId());
  return {
    brokers,
    brokerIds: [1],
    supportsIdempotentProducer: true,
    createTopic: (name, partitions) => createTopicWithAdmin(admin, name, partitions),
    brokerDown: async () => void (await docker.pause()),
    brokerUp: async () => void (await docker.unpause()),
    stop: async () => {
      await admin.disconnect();
      await container.stop();
    },
  };
}

async function connectAdmin(brokers: readonly string[]) {
  const admin = new Kafka({
    clientId: 'jisr-test-kit',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  return admin;
}

async function createTopicWithAdmin(
  admin: Awaited<ReturnType<typeof connectAdmin>>,
  topic: string,
  numPartitions: number,
): Promise<void> {
  await admin.createTopics({ topics: [{ topic, numPartitions }], waitForLeaders: true });
}
