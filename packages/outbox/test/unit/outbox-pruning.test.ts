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
import { withRefusedDeletes } from '../support/storage-fault';

const TOPIC = 'profile.startup.v1';
const DAY_MS = 24 * 60 * 60 * 1000;

const appendAt = async (storage: Storage, clock: ManualClock, events: readonly EventEnvelope[]) => {
  const outbox = await createOutbox(storage, { clock });
  await storage.transaction((tx) => outbox.append(tx, TOPIC, events));
};

/** What is left in the outbox: event id → sentAt. */
const remaining = async (storage: Storage): Promise<Record<string, string | null>> => {
  const entries = await (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).find({});
  return Object.fromEntries(entries.map((entry) => [entry._id, entry.sentAt]));
};

describe('outbox relay pruning', () => {
  let directory: string;
  let storage: Storage;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'jisr-outbox-prune-'));
    storage = createSqliteStorage(join(directory, 'service.db'));
  });
  afterEach(async () => {
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  });

  test('when a sent entry is older than keepSentMs, then it is deleted, and a recent sent entry and an old pending entry are kept', async () => {
    const clock = new ManualClock();
    const outage = withOutage(createInProcessBus({}));
    const relay = createOutboxRelay({
      storage,
      bus: outage.bus,
      logger: silentLogger(),
      clock,
      pollIntervalMs: 5,
    });
    const [old, recent, pending] = [anEvent(), anEvent(), anEvent()];
    const pendingSince = clock.now();
    await appendAt(storage, clock, [old]);
    await relay.flush();
    clock.advance(6 * DAY_MS);
    await appendAt(storage, clock, [recent]);
    await relay.flush();
    outage.down();
    await appendAt(storage, new ManualClock(pendingSince), [pending]);
    clock.advance(DAY_MS + 1);

    relay.start();
    await waitFor(async () => !(old.id in (await remaining(storage))), { what: 'the old sent entry pruned' });
    await relay.stop();

    expect(await remaining(storage)).toEqual({
      [recent.id]: new Date(clock.now().getTime() - DAY_MS - 1).toISOString(),
      [pending.id]: null,
    });
    await outage.bus.close();
  });

  test('when more old entries wait than one batch holds, then they are all deleted in consecutive batches', async () => {
    const clock = new ManualClock();
    const bus = createInProcessBus({});
    const relay = createOutboxRelay({
      storage,
      bus,
      logger: silentLogger(),
      clock,
      batchSize: 2,
      keepSentMs: 1000,
    });
    await appendAt(storage, clock, eventsOf('startup-p', 5));
    await relay.flush();
    clock.advance(1001);

    relay.start();
    await waitFor(async () => Object.keys(await remaining(storage)).length === 0, {
      what: 'all five pruned',
    });
    await relay.stop();
    await bus.close();
  });

  test('when a prune run has just happened, then the next one waits pruneIntervalMs on the relay clock', async () => {
    const clock = new ManualClock();
    const bus = createInProcessBus({});
    const received = await receive(bus, TOPIC);
    const relay = createOutboxRelay({
      storage,
      bus,
      logger: silentLogger(),
      clock,
      pollIntervalMs: 5,
      keepSentMs: 1000,
      pruneIntervalMs: 60_000,
    });
    const sent = anEvent();
    await appendAt(storage, clock, [sent]);
    await relay.flush();
    // Two events published one after the other prove the loop finished a prune step in between.
    const loopTurned = async (): Promise<void> => {
      for (const marker of [anEvent(), anEvent()]) {
        await appendAt(storage, clock, [marker]);
        relay.nudge();
        await waitFor(() => received.timesOf(marker.id) === 1, { what: 'a marker event' });
      }
    };

    relay.start();
    await loopTurned();
    clock.advance(2000);
    await loopTurned();
    const beforeInterval = await remaining(storage);
    clock.advance(60_000);
    await waitFor(async () => !(sent.id in (await remaining(storage))), { what: 'the entry pruned' });
    await relay.stop();

    expect(sent.id in beforeInterval).toBe(true);
    await received.stop();
    await bus.close();
  });

  test('when pruning fails, then the failure is logged and the relay keeps publishing', async () => {
    const clock = new ManualClock();
    const bus = createInProcessBus({});
    const received = await receive(bus, TOPIC);
    const faulty = withRefusedDeletes(storage);
    const { logger, lines } = capturedLogger();
    const relay = createOutboxRelay({ storage: faulty, bus, logger, clock, keepSentMs: 1000 });
    const [old, fresh] = [anEvent(), anEvent()];
    await appendAt(faulty, clock, [old]);
    await relay.flush();
    clock.advance(1001);

    relay.start();
    await waitFor(() => lines.some((line) => String(line.msg).includes('could not prune')), {
      what: 'the prune failure logged',
    });
    await appendAt(faulty, clock, [fresh]);
    relay.nudge();
    await waitFor(() => received.timesOf(fresh.id) === 1, { what: 'the fresh event published' });
    await relay.stop();

    expect(await remaining(storage)).toEqual({
      [old.id]: expect.any(String),
      [fresh.id]: clock.now().toISOString(),
    });
    await received.stop();
    await bus.close();
  });
});
