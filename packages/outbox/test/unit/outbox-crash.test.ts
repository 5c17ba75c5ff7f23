import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope } from '@jisr/contracts';
import { type EventBus, createInProcessBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { type Storage, type StoredDoc, createSqliteStorage } from '@jisr/storage';
import { uniqueName, waitFor } from '@jisr/test-kit';
import {
  OUTBOX_SPEC,
  type OutboxEntry,
  type ProcessOutcome,
  createIdempotentConsumer,
  createOutbox,
  createOutboxRelay,
} from '../../src';
import { anEvent, receive } from '../support/events';

const TOPIC = 'profile.startup.v1';

interface Startup extends StoredDoc {
  readonly name: string;
}

/** The profile use case: a startup and its event, committed together. */
const registerStartup = async (storage: Storage, event: EventEnvelope): Promise<void> => {
  const outbox = await createOutbox(storage);
  await storage.transaction(async (tx) => {
    await (
      await tx.collection<Startup>({ name: 'startups' })
    ).insert({ _id: event.aggregateId, name: 'Sabha Solar' });
    await outbox.append(tx, TOPIC, [event]);
  });
};

/** Another service's consumer: counts the startups it learnt about, idempotently. */
const countingConsumer = async (bus: EventBus, storage: Storage) => {
  const consumer = createIdempotentConsumer(storage, 'matching.startups');
  const outcomes: ProcessOutcome[] = [];
  await bus.subscribe({
    groupId: uniqueName('matching'),
    topics: [TOPIC],
    handler: async (event) => {
      outcomes.push(
        await consumer.process(event, async (tx) => {
          await (
            await tx.collection<Startup>({ name: 'known_startups' })
          ).insert({ _id: event.aggregateId, name: '' });
        }),
      );
    },
  });
  return outcomes;
};

describe('outbox relay after a crash', () => {
  let directory: string;
  let file: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'jisr-outbox-crash-'));
    file = join(directory, 'profile.db');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test('when the process dies between the write and the publish, then after a restart the event is published exactly once', async () => {
    const bus = createInProcessBus({});
    const received = await receive(bus, TOPIC);
    const event = anEvent({ aggregateId: 'startup-c', version: 1 });
    const beforeCrash = createSqliteStorage(file);
    await registerStartup(beforeCrash, event);
    await beforeCrash.close(); // the relay never ran in that process

    const afterRestart = createSqliteStorage(file);
    const relay = createOutboxRelay({ storage: afterRestart, bus, logger: silentLogger() });
    const published = [await relay.flush(), await relay.flush()];
    // Per-key order: anything still in flight for this aggregate would arrive before this marker.
    const marker = anEvent({ aggregateId: 'startup-c', version: 2 });
    await bus.publish(TOPIC, [marker]);
    await waitFor(() => received.timesOf(marker.id) === 1, { what: 'the marker event' });

    expect(published).toEqual([1, 0]);
    expect(received.timesOf(event.id)).toBe(1);
    expect(await (await afterRestart.collection<OutboxEntry>(OUTBOX_SPEC)).get(event.id)).toMatchObject({
      sentAt: expect.any(String),
    });
    await afterRestart.close();
    await received.stop();
    await bus.close();
  });

  test('when the process dies after the publish but before marking sent, then the event goes out again and the consumer applies it once', async () => {
    const bus = createInProcessBus({});
    const matchingStorage = createSqliteStorage(':memory:');
    const outcomes = await countingConsumer(bus, matchingStorage);
    const event = anEvent({ aggregateId: 'startup-d', version: 1 });
    // The restarted process relays under the same id, so it takes its own lease back at once.
    const relayId = 'profile-1';
    const beforeCrash = createSqliteStorage(file);
    await registerStartup(beforeCrash, event);
    // The bus acknowledges, then the process dies before the relay can mark the event sent.
    const dyingAfterPublish: EventBus = {
      publish: async (topic, events) => {
        await bus.publish(topic, events);
        await beforeCrash.close();
      },
      subscribe: (options) => bus.subscribe(options),
      isReady: () => bus.isReady(),
      close: () => bus.close(),
    };
    await expect(
      createOutboxRelay({
        storage: beforeCrash,
        bus: dyingAfterPublish,
        logger: silentLogger(),
        relayId,
      }).flush(),
    ).rejects.toThrow();

    const afterRestart = createSqliteStorage(file);
    const republished = await createOutboxRelay({
      storage: afterRestart,
      bus,
      logger: silentLogger(),
      relayId,
    }).flush();
    await waitFor(() => outcomes.length === 2, { what: 'two deliveries' });

    expect(republished).toBe(1);
    expect(outcomes).toEqual(['applied', 'duplicate']);
    expect(await (await matchingStorage.collection<Startup>({ name: 'known_startups' })).count()).toBe(1);
    await afterRestart.close();
    await matchingStorage.close();
    await bus.close();
  });
});
