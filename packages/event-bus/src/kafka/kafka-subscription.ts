import type { Logger } from '@jisr/logger';
import type { Consumer, EachMessagePayload, Kafka, Message } from 'kafkajs';
import { deadLetterTopic, type SubscribeOptions, type Subscription } from '../event-bus.port';
import { DEFAULT_RETRY, deadLetterHeaders, deliverWithRetries } from '../delivery';
import { fromMessage, headersOf } from './kafka-codec';
import type { BrokerLink } from './kafka-log';

export interface KafkaSubscriptionDeps {
  readonly kafka: Kafka;
  readonly logger: Logger;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly joinTimeoutMs: number;
  readonly link: BrokerLink;
  /** Publishes to a dead-letter topic through the bus's producer. */
  readonly sendDeadLetter: (topic: string, message: Message) => Promise<void>;
}

/**
 * One kafkajs consumer per subscription. Offsets are resolved only after the handler succeeded
 * or the message reached the dead-letter topic, so a crash before that redelivers it
 * (at-least-once). Resolves once the consumer has joined its group, so a caller may publish
 * right after and know the group is not about to rebalance.
 */
export async function subscribeWithKafka(
  deps: KafkaSubscriptionDeps,
  options: SubscribeOptions,
): Promise<Subscription> {
  const { logger, joinTimeoutMs } = deps;
  const policy = options.retry ?? DEFAULT_RETRY;
  let stopping = false;
  const consumer = deps.kafka.consumer({
    groupId: options.groupId,
    sessionTimeout: deps.sessionTimeoutMs,
    heartbeatInterval: deps.heartbeatIntervalMs,
    // Without it an idle fetch holds disconnect (and every rebalance) for seconds.
    maxWaitTimeInMs: 100,
    allowAutoTopicCreation: true,
  });

  const eachMessage = async ({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> => {
    const source = { topic, partition, offset: message.offset, groupId: options.groupId };
    const decoded = fromMessage(message);
    const outcome = decoded.ok
      ? await deliverWithRetries(
          options.handler,
          decoded.event,
          { topic, partition, offset: message.offset, headers: headersOf(message.headers) },
          policy,
          { stopping: () => stopping, waiting: heartbeat },
        )
      : ({ kind: 'failed', error: decoded.error, attempts: 0 } as const);
    if (outcome.kind === 'handled') return;
    logger.warn(
      { topic, partition, offset: message.offset, groupId: options.groupId, err: outcome.error },
      'event dead-lettered',
    );
    await deps.sendDeadLetter(deadLetterTopic(topic), {
      key: message.key,
      value: message.value,
      headers: {
        ...headersOf(message.headers),
        ...deadLetterHeaders(outcome.error, source, outcome.attempts),
      },
    });
  };

  const joined = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), joinTimeoutMs);
    const off = consumer.on(consumer.events.GROUP_JOIN, () => {
      clearTimeout(timer);
      off();
      resolve(true);
    });
  });
  consumer.on(consumer.events.GROUP_JOIN, () => deps.link.reached());
  consumer.on(consumer.events.FETCH, () => deps.link.reached());
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    const line = { groupId: options.groupId, err: payload.error, restart: payload.restart };
    // A crash because the brokers are gone is part of the outage, already logged once.
    if (payload.restart && deps.link.unreachable(line, payload.error.message)) return;
    logger.error(line, 'kafka consumer crashed');
  });

  await consumer.connect();
  await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? true });
  // kafkajs's run() resolves only after the first join, which after a kill waits out the dead
  // member's session: bounded by `joined` instead, and awaited before a disconnect.
  const running = consumer.run({ partitionsConsumedConcurrently: 3, eachMessage }).catch((error: unknown) => {
    logger.error({ groupId: options.groupId, err: error }, 'kafka consumer could not start');
  });
  if (!(await joined)) {
    // Expected after a restart: the group waits out the killed member's session; consuming starts then.
    logger.info(
      { groupId: options.groupId, joinTimeoutMs },
      'kafka consumer has not joined its group yet; continuing',
    );
  }
  return { stop: () => stopConsumer(consumer, running, () => (stopping = true)) };
}

async function stopConsumer(
  consumer: Consumer,
  running: Promise<void>,
  markStopping: () => void,
): Promise<void> {
  markStopping();
  await running;
  await consumer.disconnect();
}
