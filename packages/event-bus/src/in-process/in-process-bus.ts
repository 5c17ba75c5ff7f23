import type { EventEnvelope } from '@jisr/contracts';
import type { Logger } from '@jisr/logger';
import type { EventBus, SubscribeOptions, Subscription } from '../event-bus.port';
import { DEFAULT_RETRY, eventHeaders } from '../delivery';
import { ConsumerGroup, type Member } from './consumer-group';
import { TopicLog, type StoredMessage } from './topic-log';

export interface InProcessBusOptions {
  /** Partitions of every topic (default 3), as a Kafka topic would have. */
  readonly partitions?: number;
  readonly logger?: Logger;
}

/**
 * The event bus inside one process, for the embedded runner and tests: keyed partitions,
 * consumer groups, retries and dead letters behave as on Kafka, and delivery is always
 * asynchronous (a handler never runs inside `publish`'s call stack).
 */
export function createInProcessBus({ partitions = 3, logger }: InProcessBusOptions = {}): EventBus {
  const topics = new Map<string, TopicLog>();
  const groups = new Map<string, ConsumerGroup>();
  const members = new Set<{ group: ConsumerGroup; member: Member }>();
  let closed = false;

  const topic = (name: string): TopicLog => {
    let log = topics.get(name);
    if (!log) {
      log = new TopicLog(name, partitions);
      topics.set(name, log);
    }
    return log;
  };

  const append = (name: string, message: StoredMessage): void => {
    const partition = topic(name).append(message);
    for (const group of groups.values()) group.wake(name, partition);
  };

  const groupFor = (groupId: string): ConsumerGroup => {
    let group = groups.get(groupId);
    if (!group) {
      group = new ConsumerGroup(groupId, { topic, deadLetter: append, logger });
      groups.set(groupId, group);
    }
    return group;
  };

  const assertOpen = (): void => {
    if (closed) throw new Error('event bus is closed');
  };

  return {
    async publish(name: string, events: readonly EventEnvelope[]): Promise<void> {
      assertOpen();
      for (const event of events) {
        // A JSON copy, as on the wire: later changes by the publisher do not reach consumers.
        append(name, {
          key: event.aggregateId,
          value: JSON.parse(JSON.stringify(event)),
          headers: eventHeaders(event),
        });
      }
    },

    async subscribe(options: SubscribeOptions): Promise<Subscription> {
      assertOpen();
      const group = groupFor(options.groupId);
      const member: Member = {
        options,
        policy: options.retry ?? DEFAULT_RETRY,
        stopping: false,
        inFlight: new Set(),
      };
      const entry = { group, member };
      members.add(entry);
      group.join(member);
      return {
        async stop() {
          if (!members.delete(entry)) return;
          await group.leave(member);
        },
      };
    },

    async isReady(): Promise<boolean> {
      return !closed;
    },

    async close(): Promise<void> {
      closed = true;
      const leaving = [...members].map(({ group, member }) => group.leave(member));
      members.clear();
      await Promise.all(leaving);
    },
  };
}
