import type { EventBus, SubscribeOptions, Subscription } from '@jisr/event-bus';

/** The in-process bus as the embedded runner needs it for a stop that loses nothing. */
export interface DrainableBus extends EventBus {
  /** How many published messages some subscribed group has not finished yet. */
  pending(): number;
  /** Resolves true once `pending()` is 0, false if that takes longer than `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
  /**
   * From now on `publish` refuses. The services' outbox relays then keep their events in
   * storage (durable) and publish them after the next start, instead of handing them to a bus
   * whose consumers are about to stop and whose memory is about to go.
   */
  seal(): void;
}

const DEFAULT_MAX_ATTEMPTS = 5;

interface GroupProgress {
  /** Messages of a topic that were already there and are not this group's to handle (fromBeginning: false). */
  readonly skipped: Map<string, number>;
  readonly settled: Map<string, number>;
}

const add = (counts: Map<string, number>, key: string, by: number): void => {
  counts.set(key, (counts.get(key) ?? 0) + by);
};

/**
 * Counts, per consumer group and topic, messages published and messages settled (handled, or
 * dead-lettered after the last attempt), so that a stop can wait until every event on the bus
 * has reached every service. Only an in-process bus needs this: Kafka keeps what is unread.
 */
export function drainable(inner: EventBus): DrainableBus {
  const published = new Map<string, number>();
  const groups = new Map<string, GroupProgress>();
  const waiters = new Set<() => void>();
  let sealed = false;

  const pending = (): number => {
    let total = 0;
    for (const group of groups.values())
      for (const [topic, skipped] of group.skipped)
        total += (published.get(topic) ?? 0) - skipped - (group.settled.get(topic) ?? 0);
    return total;
  };
  const settle = (group: GroupProgress, topic: string): void => {
    add(group.settled, topic, 1);
    if (pending() === 0) for (const wake of [...waiters]) wake();
  };

  const progressOf = (options: SubscribeOptions): GroupProgress => {
    let group = groups.get(options.groupId);
    if (group === undefined) {
      group = { skipped: new Map(), settled: new Map() };
      groups.set(options.groupId, group);
    }
    for (const topic of options.topics)
      if (!group.skipped.has(topic))
        group.skipped.set(topic, options.fromBeginning === false ? (published.get(topic) ?? 0) : 0);
    return group;
  };

  return {
    publish: async (topic, events) => {
      if (sealed)
        throw new Error('the embedded bus is stopping; the events stay in the outbox until the next start');
      await inner.publish(topic, events);
      add(published, topic, events.length);
    },
    subscribe: (options): Promise<Subscription> => {
      const group = progressOf(options);
      const maxAttempts = options.retry?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
      return inner.subscribe({
        ...options,
        handler: async (event, meta) => {
          try {
            await options.handler(event, meta);
          } catch (error) {
            // The last attempt's failure sends the message to the dead-letter topic: settled too.
            if (meta.attempt >= maxAttempts) settle(group, meta.topic);
            throw error;
          }
          settle(group, meta.topic);
        },
      });
    },
    isReady: async () => !sealed && (await inner.isReady()),
    close: () => inner.close(),
    pending,
    seal: () => {
      sealed = true;
    },
    drain: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (pending() === 0) return resolve(true);
        const done = (drained: boolean): void => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(drained);
        };
        const wake = (): void => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        waiters.add(wake);
      }),
  };
}
