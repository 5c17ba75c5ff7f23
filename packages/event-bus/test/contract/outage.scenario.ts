import type { EventBus } from '@jisr/event-bus';
import { OUTBOX_SPEC, type OutboxEntry, createOutbox, createOutboxRelay } from '@jisr/outbox';
import { createSqliteStorage } from '@jisr/storage';
import { waitFor } from '@jisr/test-kit';
import { Recorder, capturedLogger, interleavedEvents, subscribeRecorder } from '../support/bus-recorder';
import { type BusFixture, type OpenBusOptions, TEST_TIMEOUT_MS } from './bus.contract';

const relayFailed = (line: Record<string, unknown>) =>
  /outbox relay/.test(String(line.msg)) && line.err !== undefined;
const failedToConnect = (line: Record<string, unknown>) =>
  /connect|ECONNREFUSED|unreachable/i.test(JSON.stringify(line));

/** Part of the bus contract for adapters with brokers: publishing across a broker outage. */
export function outageThroughOutbox(
  fixture: () => BusFixture,
  openBus: (options?: OpenBusOptions) => Promise<EventBus>,
): void {
  const cleanups: (() => Promise<void>)[] = [];
  // Brokers back up and the relay stopped even when a test fails, so neither the next test nor jest's exit is held.
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  test(
    'when the brokers are down, then a publish waits and succeeds once they are back',
    async () => {
      const { outage, timeoutMs } = fixture();
      // Debug too: the bus logs an outage once per bus, and a blip before this one would have
      // taken that line; every later refused retry still goes to debug, and is what is awaited.
      const { logger, lines } = capturedLogger('debug');
      const bus = await openBus({ logger });
      const topic = await fixture().newTopic(3);
      const received = new Recorder();
      await subscribeRecorder(bus, topic, received);
      await bus.publish(topic, interleavedEvents(1, 1)); // the producer is connected before the outage
      const events = interleavedEvents(5, 2);

      cleanups.push(() => outage!.up());
      await outage!.down();
      const linesBefore = lines.length;
      const publishing = bus.publish(topic, events);
      await waitFor(() => lines.slice(linesBefore).some(failedToConnect), {
        timeoutMs,
        what: 'a refused connection while down',
      });
      await outage!.up();
      await publishing;

      await waitFor(() => events.every((event) => received.ids().has(event.id)), {
        timeoutMs,
        what: 'every event',
      });
      expect(received.ids().size).toBe(11);
    },
    TEST_TIMEOUT_MS,
  );

  test(
    'when events go through the outbox while the brokers are down, then the relay keeps trying and every event arrives',
    async () => {
      const { outage, timeoutMs } = fixture();
      const { logger, lines } = capturedLogger('warn');
      // Few producer retries, so a publish fails fast and the relay's own retrying is what is shown.
      const bus = await openBus({ publishRetries: 1 });
      const topic = await fixture().newTopic(3);
      const storage = createSqliteStorage(':memory:');
      cleanups.push(() => storage.close());
      const outbox = await createOutbox(storage);
      const pending = async () =>
        (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).count({ sentAt: null });
      const relay = createOutboxRelay({ storage, bus, logger, pollIntervalMs: 20, maxBackoffMs: 500 });
      cleanups.push(() => relay.stop());
      const received = new Recorder();
      await subscribeRecorder(bus, topic, received);
      const events = interleavedEvents(10, 3);

      cleanups.push(() => outage!.up());
      await outage!.down();
      for (const version of [1, 2, 3]) {
        const batch = events.filter((event) => event.version === version);
        await storage.transaction((tx) => outbox.append(tx, topic, batch));
      }
      relay.start();
      relay.nudge();
      await waitFor(() => lines.filter(relayFailed).length >= 2, {
        timeoutMs,
        what: 'two failed relay passes',
      });
      const pendingWhileDown = await pending();
      const receivedWhileDown = received.deliveries.length;
      await outage!.up();

      await waitFor(async () => (await pending()) === 0, { timeoutMs, what: 'the outbox to drain' });
      await waitFor(() => events.every((event) => received.ids().has(event.id)), {
        timeoutMs,
        what: 'every event',
      });
      expect(pendingWhileDown).toBe(30);
      expect(receivedWhileDown).toBe(0);
      expect(received.ids()).toEqual(new Set(events.map((event) => event.id)));
      for (const key of new Set(events.map((event) => event.aggregateId))) {
        expect([...new Set(received.versionsOf(key))]).toEqual([1, 2, 3]);
      }
    },
    TEST_TIMEOUT_MS,
  );
}
