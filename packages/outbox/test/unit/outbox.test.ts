import { type Storage, type StoredDoc, createSqliteStorage } from '@jisr/storage';
import { OUTBOX_SPEC, type OutboxEntry, createOutbox, outboxIn } from '../../src';
import { anEvent, eventsOf } from '../support/events';

interface Startup extends StoredDoc {
  readonly name: string;
}

const STARTUPS = { name: 'startups' };
const TOPIC = 'profile.startup.v1';

describe('outbox.append', () => {
  let storage: Storage;

  beforeEach(() => {
    storage = createSqliteStorage(':memory:');
  });
  afterEach(() => storage.close());

  test('when a state change and its event are written in one transaction, then both are stored and the event is pending', async () => {
    const outbox = await createOutbox(storage);
    const event = anEvent({ aggregateId: 'startup-7' });

    await storage.transaction(async (tx) => {
      await (await tx.collection<Startup>(STARTUPS)).insert({ _id: 'startup-7', name: 'Tripoli Tech' });
      await outbox.append(tx, TOPIC, [event]);
    });

    expect(await (await storage.collection<Startup>(STARTUPS)).get('startup-7')).toMatchObject({
      name: 'Tripoli Tech',
    });
    expect(await (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).get(event.id)).toMatchObject({
      topic: TOPIC,
      event,
      sentAt: null,
    });
  });

  test('when the transaction fails after appending, then neither the state change nor the event remains', async () => {
    const outbox = await createOutbox(storage);

    const failing = storage.transaction(async (tx) => {
      await (await tx.collection<Startup>(STARTUPS)).insert({ _id: 'startup-8', name: 'Benghazi Foods' });
      await outbox.append(tx, TOPIC, [anEvent({ aggregateId: 'startup-8' })]);
      throw new Error('the use case failed after writing');
    });

    await expect(failing).rejects.toThrow('the use case failed after writing');
    expect(await (await storage.collection<Startup>(STARTUPS)).count()).toBe(0);
    expect(await (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).count()).toBe(0);
  });

  test('when an event is not a valid envelope, then the append fails and the state change is rolled back', async () => {
    const outbox = await createOutbox(storage);
    const broken = { ...anEvent(), occurredAt: 'yesterday' };

    const failing = storage.transaction(async (tx) => {
      await (await tx.collection<Startup>(STARTUPS)).insert({ _id: 'startup-9', name: 'Misrata Steel' });
      await outbox.append(tx, TOPIC, [broken]);
    });

    await expect(failing).rejects.toMatchObject({ code: 'OUTBOX.INVALID_EVENT' });
    expect(await (await storage.collection<Startup>(STARTUPS)).count()).toBe(0);
  });

  test('when many events are appended within one millisecond, then their positions keep the order given', async () => {
    const frozen = { now: () => new Date('2025-03-01T10:00:00.000Z') };
    const outbox = await createOutbox(storage, { clock: frozen });
    const events = eventsOf('startup-10', 20);

    await storage.transaction((tx) => outbox.append(tx, TOPIC, events));

    const stored = await (
      await storage.collection<OutboxEntry>(OUTBOX_SPEC)
    ).find({}, { sort: { position: 1 } });
    expect(stored.map((entry) => entry.event.version)).toEqual(events.map((event) => event.version));
  });

  test('when the outbox is given the outer storage instead of a transaction, then the compiler and the run-time check refuse it', async () => {
    const outbox = await createOutbox(storage);

    // @ts-expect-error events commit only with the state they describe: append takes a transaction's Tx
    const outside = outbox.append(storage, TOPIC, [anEvent()]);

    await expect(outside).rejects.toMatchObject({ code: 'STORAGE.TX_REQUIRED' });
    expect(await (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).count()).toBe(0);
  });

  test('when the outbox is bound to a transaction, then its appends land in that transaction and are reported', async () => {
    const outbox = await createOutbox(storage);
    let appended = 0;

    const failing = storage.transaction(async (tx) => {
      await outboxIn(outbox, tx, () => (appended += 1)).append(TOPIC, [anEvent()]);
      throw new Error('rolled back after the append');
    });

    await expect(failing).rejects.toThrow('rolled back after the append');
    expect(appended).toBe(1);
    expect(await (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).count()).toBe(0);
  });
});
