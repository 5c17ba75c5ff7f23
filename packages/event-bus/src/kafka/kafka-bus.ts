import type { EventEnvelope } from '@jisr/contracts';
import type { Logger } from '@jisr/logger';
import { Kafka, Partitioners, logLevel, type Admin, type Message } from 'kafkajs';
import type { EventBus, Subscription } from '../event-bus.port';
import { toMessage } from './kafka-codec';
import { BrokerLink, kafkajsLogs } from './kafka-log';
import { subscribeWithKafka } from './kafka-subscription';

export interface KafkaBusOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger: Logger;
  /**
   * Consumer session timeout (default 6 s, the brokers' usual minimum). A restarted process joins
   * as a new member and waits until the killed one's session ends, so this bounds recovery.
   */
  readonly sessionTimeoutMs?: number;
  /** Idempotent producer: no duplicates from producer retries (default true; needs a broker that supports it). */
  readonly idempotent?: boolean;
  /** Producer retries before `publish` rejects (default 10: about half a minute of outage is bridged). */
  readonly publishRetries?: number;
  /** How long `subscribe` waits for the group join before it resolves anyway (default 30 s). */
  readonly joinTimeoutMs?: number;
}

/** The event bus on Kafka (kafkajs): keyed JSON envelopes, consumer groups, retries, dead letters. */
export function createKafkaBus(options: KafkaBusOptions): EventBus {
  const { logger, idempotent = true } = options;
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 6000;
  const link = new BrokerLink(logger);
  const publishRetries = options.publishRetries ?? 10;
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: logLevel.WARN,
    logCreator: kafkajsLogs(logger, link),
    // Each producer retry reconnects with this budget, so keep it short (kafkajs default ~10 s).
    retry: { retries: Math.min(3, publishRetries), initialRetryTime: 200, maxRetryTime: 2000 },
  });
  const producer = kafka.producer({
    idempotent,
    // One request in flight per broker: a retried batch cannot overtake the next (per-key order).
    maxInFlightRequests: 1,
    allowAutoTopicCreation: true,
    createPartitioner: Partitioners.DefaultPartitioner,
    // Explicit, because an idempotent kafkajs producer would otherwise retry forever.
    retry: { retries: publishRetries, initialRetryTime: 200, maxRetryTime: 3000 },
  });
  const subscriptions = new Set<Subscription>();
  let producerReady: Promise<void> | undefined;
  let admin: Promise<Admin> | undefined;
  let closed = false;

  const connectProducer = (): Promise<void> => {
    producerReady ??= producer.connect().catch((error: unknown) => {
      producerReady = undefined;
      throw error;
    });
    return producerReady;
  };
  const send = async (topic: string, messages: Message[]): Promise<void> => {
    if (closed) throw new Error('event bus is closed');
    await connectProducer();
    await producer.send({ topic, messages, acks: -1 });
    link.reached();
  };

  return {
    publish: (topic: string, events: readonly EventEnvelope[]) =>
      events.length === 0 ? Promise.resolve() : send(topic, events.map(toMessage)),

    async subscribe(subscribeOptions) {
      if (closed) throw new Error('event bus is closed');
      const subscription = await subscribeWithKafka(
        {
          kafka,
          logger,
          sessionTimeoutMs,
          heartbeatIntervalMs: Math.min(1000, Math.floor(sessionTimeoutMs / 6)),
          link,
          joinTimeoutMs: options.joinTimeoutMs ?? 30_000,
          sendDeadLetter: (topic, message) => send(topic, [message]),
        },
        subscribeOptions,
      );
      subscriptions.add(subscription);
      return {
        async stop() {
          subscriptions.delete(subscription);
          await subscription.stop();
        },
      };
    },

    async isReady() {
      if (closed) return false;
      admin ??= connectAdmin(kafka);
      const answer = admin
        .then((client) => client.describeCluster())
        .then(
          (cluster) => cluster.brokers.length > 0,
          () => {
            admin = undefined;
            return false;
          },
        );
      const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref());
      return Promise.race([answer, timeout]);
    },

    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      subscriptions.clear();
      await producer.disconnect();
      if (admin) await (await admin.catch(() => undefined))?.disconnect();
    },
  };
}

async function connectAdmin(kafka: Kafka): Promise<Admin> {
  // No retries: readiness must answer now, not after a long backoff.
  const admin = kafka.admin({ retry: { retries: 0 } });
  await admin.connect();
  return admin;
}
