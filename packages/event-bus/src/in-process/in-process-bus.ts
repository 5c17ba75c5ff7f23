import type { EventEnvelope } from '@jisr/contracts';
import type { Logger } from '@jisr/logger';
import type { EventBus, SubscribeOptions, Subscription } from '../event-bus.port';
import { DEFAULT_RETRY, eventHeaders } from '../delivery';
import { ConsumerGroup, type Member } from './consumer-group';
import { sqliteLog } from './sqlite-log';
import { type BusLog, type StoredMessage, memoryLog } from './topic-log';

export interface InProcessBusOptions {
  /** Partitions of every topic (default 3), as a Kafka topic would have. */
  readonly partitions?: number;
  readonly logger?: Logger;
  /**
   * A SQLite file that keeps the topics and every group's committed positions, so that nothing
   * published is lost on a crash: an event is delivered (again, after a restart) until every
   * group subscribed to its topic has committed past it. Without it the log is in memory.
   */
  readonly file?: string;
}

/** The in-process bus, plus what the embedded runner needs to wait for it. */
export interface InProcessBus extends EventBus {
  /** Messages some group that ever subscribed has not committed yet. */
  pending(): number;
}

/**
 * The event bus inside one process, for the embedded runner and tests: keyed partitions,
 * consumer groups, retries and dead letters behave as on Kafka, and delivery is always
 * asynchronous (a handler never runs inside `publish`'s call stack).
 */
export function createInProcessBus({ partitions = 3, logger, file }: InProcessBusOptions = {}): InProcessBus {
  const log: BusLog = file === undefined ? memoryLog(partitions) : sqliteLog(file, partitions);
  const groups = new Map<string, ConsumerGroup>();
  const members = new Set<{ group: ConsumerGroup; member: Member }>();
  let closed = false;

  const append = (name: string, message: StoredMessage): void => {
    const partition = log.append(name, message);
    for (const group of groups.values()) group.wake(name, partition);
  };

  const groupFor = (groupId: string): ConsumerGroup => {
    let group = groups.get(groupId);
    if (!group) {
      group = new ConsumerGroup(groupId, { log, deadLetter: append, logger });
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

    pending: () => log.backlog(),

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const leaving = [...members].map(({ group, member }) => group.leave(member));
      members.clear();
      await Promise.all(leaving);
      log.close();
    },
  };
}
