import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope } from '@jisr/contracts';
import { createInProcessBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { type Storage, createSqliteStorage } from '@jisr/storage';
import { ManualClock, waitFor } from '@jisr/test-kit';
import { OUTBOX_SPEC, type OutboxEntry, createOutbox, createOutboxRelay } from '../../src';
import { withOutage } from '../support/bus-outage';
import { anEvent, eventsOf, receive } from '../support/events';
import { capturedLogger } from '../support/log-capture';

const TOPIC = 'profile.startup.v1';

const appendCommitted = async (storage: Storage, events: readonly EventEnvelope[]): Promise<void> => {
  const outbox = await createOutbox(storage);
  await storage.transaction((tx) => outbox.append(tx, TOPIC, events));
};

const entries = async (storage: Storage): Promise<OutboxEntry[]> =>
  (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).find({}, { sort: { position: 1 } });

const versionsOf = (events: readonly EventEnvelope[], aggregateId: string): number[] =>
  events.filter((event) => event.aggregateId === aggregateId).map((event) => event.version);

describe('outbox relay', () => {
  let directory: string;
  let storage: Storage;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'jisr-outbox-'));
    storage = createSqliteStorage(join(directory, 'service.db'));
  });
  afterEach(async () => {
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  });

  test('when events are pending, then flush publishes each aggregate’s events in order and marks them sent', async () => {
    const bus = createInProcessBus({});
    const received = await receive(bus, TOPIC);
    const [a, b] = [eventsOf('startup-a', 4), eventsOf('startup-b', 4)];
    for (let i = 0; i < 4; i += 1)
      await appendCommitted(
        storage,
        [a[i], b[i]].filter((e) => e !== undefined),
      );
    const relay = createOutboxRelay({ storage, bus, logger: silentLogger() });

    const published = await relay.flush();
    await waitFor(() => received.events.length === 8, { what: 'eight deliveries' });

    expect(published).toBe(8);
    expect(versionsOf(received.events, 'startup-a')).toEqual([1, 2, 3, 4]);
    expect(versionsOf(received.events, 'startup-b')).toEqual([1, 2, 3, 4]);
    expect((await entries(storage)).every((entry) => entry.sentAt !== null)).toBe(true);
    expect(await relay.flush()).toBe(0);
    await received.stop();
    await bus.close();
  });

  test('when the bus is down, then nothing is marked sent, the relay backs off, and all goes out once the bus is back', async () => {
    const outage = withOutage(createInProcessBus({}));
    const received = await receive(outage.bus, TOPIC);
    const events = eventsOf('startup-d', 3);
    await appendCommitted(storage, events);
    const { logger, lines } = capturedLogger();
    const relay = createOutboxRelay({
      storage,
      bus: outage.bus,
      logger,
      pollIntervalMs: 5,
      maxBackoffMs: 40,
    });

    outage.down();
    await expect(relay.flush()).rejects.toThrow('broker unavailable');
    relay.start();
    await waitFor(() => lines.length >= 4, { what: 'four retry warnings' });

    expect((await entries(storage)).map((entry) => entry.sentAt)).toEqual([null, null, null]);
    expect(received.events).toEqual([]);
    expect(lines.slice(0, 4).map((line) => line.retryInMs)).toEqual([10, 20, 40, 40]);

    outage.up();
    await waitFor(() => received.events.length === 3, { what: 'three deliveries after recovery' });
    await relay.stop();

    expect(received.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect((await entries(storage)).every((entry) => entry.sentAt !== null)).toBe(true);
    await received.stop();
    await outage.bus.close();
  });

  test('when a transaction commits and the relay is nudged, then the event goes out without waiting for the poll', async () => {
    const bus = createInProcessBus({});
    const received = await receive(bus, TOPIC);
    const relay = createOutboxRelay({ storage, bus, logger: silentLogger(), pollIntervalMs: 60_000 });
    relay.start();
    const event = anEvent({ aggregateId: 'startup-e' });

    await appendCommitted(storage, [event]);
    relay.nudge();

    await waitFor(() => received.timesOf(event.id) === 1, { timeoutMs: 2000, what: 'the nudged event' });
    await relay.stop();
    await received.stop();
    await bus.close();
  });

  test('when two relays share one storage, then every event is published once and in order', async () => {
    const bus = createInProcessBus({});
    const received = await receive(bus, TOPIC);
    const relays = [1, 2].map(() =>
      createOutboxRelay({ storage, bus, logger: silentLogger(), pollIntervalMs: 5 }),
    );
    relays.forEach((relay) => relay.start());
    const aggregates = ['startup-f', 'startup-g', 'startup-h'];
    const batches = aggregates.map((id) => eventsOf(id, 10));

    for (let i = 0; i < 10; i += 1)
      await appendCommitted(
        storage,
        batches.map((batch) => batch[i] as EventEnvelope),
      );
    await waitFor(() => received.events.length >= 30, { what: 'thirty deliveries' });
    await Promise.all(relays.map((relay) => relay.stop()));
    const markers = aggregates.map((aggregateId) => anEvent({ aggregateId, version: 11 }));
    await bus.publish(TOPIC, markers);
    await waitFor(() => markers.every((marker) => received.timesOf(marker.id) === 1), {
      what: 'the markers',
    });

    expect(batches.flat().map((event) => received.timesOf(event.id))).toEqual(Array(30).fill(1));
    for (const id of aggregates)
      expect(versionsOf(received.events, id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    await received.stop();
    await bus.close();
  });

  test('when a relay dies holding the lease, then another relay publishes once the lease has expired', async () => {
    const real = createInProcessBus({});
    const received = await receive(real, TOPIC);
    const clock = new ManualClock();
    const [dying, healthy] = [withOutage(real), withOutage(real)];
    await appendCommitted(storage, eventsOf('startup-i', 2));
    const first = createOutboxRelay({
      storage,
      bus: dying.bus,
      logger: silentLogger(),
      clock,
      leaseMs: 10_000,
    });
    const second = createOutboxRelay({
      storage,
      bus: healthy.bus,
      logger: silentLogger(),
      clock,
      leaseMs: 10_000,
    });

    dying.down();
    await expect(first.flush()).rejects.toThrow('broker unavailable'); // it took the lease, then "died"
    const whileLeased = await second.flush();
    clock.advance(10_001);
    const afterExpiry = await second.flush();
    await waitFor(() => received.events.length === 2, { what: 'two deliveries' });

    expect([whileLeased, afterExpiry]).toEqual([0, 2]);
    await received.stop();
    await real.close();
  });
});
