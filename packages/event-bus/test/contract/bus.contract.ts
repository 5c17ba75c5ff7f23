import { DEAD_LETTER_HEADERS, deadLetterTopic, type EventBus } from '@jisr/event-bus';
import type { Logger } from '@jisr/logger';
import { uniqueName, waitFor } from '@jisr/test-kit';
import {
  Recorder,
  anEvent,
  gate,
  interleavedEvents,
  publishInChunks,
  subscribeRecorder,
} from '../support/bus-recorder';
import { crashCases } from './crash.scenario';
import { outageThroughOutbox } from './outage.scenario';

export interface OpenBusOptions {
  readonly logger?: Logger;
  /** Producer retries before a publish fails (brokers only; default the adapter's). */
  readonly publishRetries?: number;
}

/** Each test's bound: above a few `timeoutMs` waits, so a slow wait fails with its own message first. */
export const TEST_TIMEOUT_MS = 90_000;

/** What one adapter gives the contract suite. */
export interface BusFixture {
  /** A bus for one test; the suite closes it afterwards. */
  openBus(options?: OpenBusOptions): Promise<EventBus>;
  /** A fresh topic with `partitions` partitions (and its dead-letter topic). */
  newTopic(partitions: number): Promise<string>;
  /** Takes every broker down / up; only where there are brokers (Kafka). */
  readonly outage?: { down(): Promise<void>; up(): Promise<void> };
  /** Opens the log of the last `openBus` again, as a restarted process would; only durable adapters. */
  readonly reopen?: () => Promise<EventBus>;
  /** Bound for each wait on deliveries. */
  readonly timeoutMs: number;
}

/**
 * The behaviour every EventBus adapter promises, run against each of them. `fixture` is read
 * inside tests (servers start in beforeAll); `hasBrokers` adds the broker-outage scenario and
 * `durable` the crash cases.
 */
export function busContract(
  adapter: string,
  fixture: () => BusFixture,
  { hasBrokers = false, durable = false } = {},
): void {
  describe(`EventBus contract: ${adapter}`, () => {
    const opened: EventBus[] = [];
    const openBus = async (options?: OpenBusOptions) => {
      const bus = await fixture().openBus(options);
      opened.push(bus);
      return bus;
    };
    const until = (probe: () => boolean, what: string) =>
      waitFor(probe, { timeoutMs: fixture().timeoutMs, what });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((bus) => bus.close()));
    });

    test(
      'when 1,000 keyed events are published across 3 partitions, then each key arrives in order',
      async () => {
        const bus = await openBus();
        const topic = await fixture().newTopic(3);
        const events = interleavedEvents(50, 20);
        const received = new Recorder();
        await subscribeRecorder(bus, topic, received);

        await publishInChunks(bus, topic, events);

        await until(() => received.deliveries.length >= 1000, '1,000 deliveries');
        for (const key of new Set(events.map((event) => event.aggregateId))) {
          expect(received.versionsOf(key)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        }
        expect(new Set(received.deliveries.map(({ meta }) => meta.partition))).toEqual(new Set([0, 1, 2]));
      },
      TEST_TIMEOUT_MS,
    );

    test(
      'when two consumers share a group, then each event is handled once, and another group gets them all',
      async () => {
        const bus = await openBus();
        const topic = await fixture().newTopic(3);
        const events = interleavedEvents(30, 10);
        const [first, second, otherGroup] = [new Recorder(), new Recorder(), new Recorder()];
        const groupId = uniqueName('shared-group');
        await subscribeRecorder(bus, topic, first, groupId);
        await subscribeRecorder(bus, topic, second, groupId);
        await subscribeRecorder(bus, topic, otherGroup);

        const published = [...events];
        const groupHandled = () => first.deliveries.length + second.deliveries.length;
        await publishInChunks(bus, topic, events);

        // On a loaded machine the second member can finish joining after the first batch is
        // consumed; once it holds partitions, further keys reach it.
        for (let round = 0; round < 20; round += 1) {
          await until(() => groupHandled() >= published.length, 'the group to handle every event');
          if (first.deliveries.length > 0 && second.deliveries.length > 0) break;
          const more = interleavedEvents(30, 1);
          published.push(...more);
          await publishInChunks(bus, topic, more);
        }
        await until(() => otherGroup.deliveries.length >= published.length, 'the other group to handle all');
        const handledTwice = [...first.ids()].filter((id) => second.ids().has(id));
        expect(groupHandled()).toBe(published.length);
        expect(handledTwice).toEqual([]);
        expect(first.deliveries.length).toBeGreaterThan(0);
        expect(second.deliveries.length).toBeGreaterThan(0);
        expect(otherGroup.ids()).toEqual(new Set(published.map((event) => event.id)));
      },
      TEST_TIMEOUT_MS,
    );

    test(
      'when a consumer is killed mid-stream and another starts, then no event is lost',
      async () => {
        const bus = await openBus();
        const topic = await fixture().newTopic(3);
        const events = interleavedEvents(20, 10);
        const held = gate();
        let calls = 0;
        let killedEventId: string | undefined;
        const victim = new Recorder(async ({ event }) => {
          if (++calls !== 50) return;
          killedEventId = event.id;
          await held.opened;
          throw new Error('process killed while handling');
        });
        const groupId = uniqueName('relay-group');
        const victimSubscription = await subscribeRecorder(bus, topic, victim, groupId);
        await publishInChunks(bus, topic, events);
        await until(() => killedEventId !== undefined, 'the victim to be mid-event');

        const stopped = victimSubscription.stop();
        held.open();
        await stopped;
        const successor = new Recorder();
        await subscribeRecorder(bus, topic, successor, groupId);

        const all = new Set(events.map((event) => event.id));
        const handled = () => new Set([...victim.ids(), ...successor.ids()]);
        await until(() => [...all].every((id) => handled().has(id)), 'every event handled by one of them');
        expect(handled()).toEqual(all);
        expect(successor.ids().has(killedEventId!)).toBe(true);
      },
      TEST_TIMEOUT_MS,
    );

    test(
      'when one message keeps failing, then it goes to the dead-letter topic after the retries and the next 99 are handled',
      async () => {
        const bus = await openBus();
        const topic = await fixture().newTopic(3);
        const key = uniqueName('startup');
        const events = Array.from({ length: 100 }, (_, i) => anEvent(key, i + 1));
        const poison = events[0]!;
        const poisonAttempts: number[] = [];
        const handled = new Recorder(({ event, meta }) => {
          if (event.id !== poison.id) return;
          poisonAttempts.push(meta.attempt);
          throw new Error('poison: cannot apply this event');
        });
        const deadLetters = new Recorder();
        await subscribeRecorder(bus, deadLetterTopic(topic), deadLetters);
        await subscribeRecorder(bus, topic, handled, uniqueName('group'), {
          maxAttempts: 3,
          initialBackoffMs: 20,
        });

        await bus.publish(topic, events);

        await until(
          () => handled.deliveries.length >= 99 && deadLetters.deliveries.length >= 1,
          'the 99 and the dead letter',
        );
        expect(poisonAttempts).toEqual([1, 2, 3]);
        expect(handled.versionsOf(key)).toEqual(Array.from({ length: 99 }, (_, i) => i + 2));
        const [dead] = deadLetters.deliveries;
        expect(dead?.event).toEqual(poison);
        expect(dead?.meta.topic).toBe(deadLetterTopic(topic));
        expect(dead?.meta.headers).toMatchObject({
          [DEAD_LETTER_HEADERS.error]: 'Error: poison: cannot apply this event',
          [DEAD_LETTER_HEADERS.topic]: topic,
          [DEAD_LETTER_HEADERS.attempts]: '3',
        });
      },
      TEST_TIMEOUT_MS,
    );

    if (hasBrokers) outageThroughOutbox(fixture, openBus);
    if (durable) crashCases(fixture, openBus);
  });
}
