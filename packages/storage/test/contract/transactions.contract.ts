import { ConflictError } from '@jisr/errors';
import type { Storage } from '../../src';
import { type Person, aPerson, gate, people, peopleSpec } from './contract-fixture';

class Boom extends Error {}

export const transactionsContract = (storage: () => Storage): void => {
  describe('transactions', () => {
    test('when work completes, then its writes are committed and its result is returned', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);

      const result = await storage().transaction(async (tx) => {
        const inTx = await tx.collection<Person>(spec);
        await inTx.insert(aPerson({ _id: 'p1' }));
        await inTx.insert(aPerson({ _id: 'p2' }));
        return inTx.count();
      });

      expect(result).toBe(2);
      expect(await collection.count()).toBe(2);
    });

    test('when work throws, then its inserts, updates and deletes are all rolled back', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);
      const kept = await collection.insert(aPerson({ _id: 'kept', age: 1 }));
      const doomed = await collection.insert(aPerson({ _id: 'doomed', age: 2 }));

      const failing = storage().transaction(async (tx) => {
        const inTx = await tx.collection<Person>(spec);
        await inTx.insert(aPerson({ _id: 'new', age: 3 }));
        await inTx.update({ ...kept, age: 99 }, kept.version);
        await inTx.delete('doomed', doomed.version);
        throw new Boom('work failed');
      });

      await expect(failing).rejects.toBeInstanceOf(Boom);
      expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([doomed, kept]);
    });

    test('when a unique index is violated inside a transaction, then the conflict surfaces and earlier writes are undone', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);
      await collection.insert(aPerson({ _id: 'p1', email: 'taken@example.ly' }));

      const failing = storage().transaction(async (tx) => {
        const inTx = await tx.collection<Person>(spec);
        await inTx.insert(aPerson({ _id: 'p2' }));
        await inTx.insert(aPerson({ _id: 'p3', email: 'taken@example.ly' }));
      });

      await expect(failing).rejects.toMatchObject({ code: 'STORAGE.DUPLICATE', reason: 'duplicate' });
      expect(await collection.count()).toBe(1);
    });

    test('when a transaction is started on the tx, then it runs inside the outer one and rolls back with it', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);

      const failing = storage().transaction(async (tx) => {
        await tx.transaction(async (inner) =>
          (await inner.collection<Person>(spec)).insert(aPerson({ _id: 'inner' })),
        );
        throw new Boom('outer failed after the inner transaction');
      });

      await expect(failing).rejects.toBeInstanceOf(Boom);
      expect(await collection.get('inner')).toBeNull();
    });

    test('when transactions run concurrently, then each read-modify-write sees the previous one and none is lost', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);
      await collection.insert(aPerson({ _id: 'counter', age: 0 }));
      const allStarted = gate();

      const increments = Array.from({ length: 5 }, () =>
        storage().transaction(async (tx) => {
          const inTx = await tx.collection<Person>(spec);
          const counter = await inTx.get('counter');
          await allStarted.opened;
          if (!counter) throw new Error('counter is missing');
          await inTx.update({ ...counter, age: (counter.age ?? 0) + 1 }, counter.version);
        }),
      );
      allStarted.open();
      await Promise.all(increments);

      expect(await collection.get('counter')).toMatchObject({ age: 5, version: 6 });
    });

    test('when 20 transactions claim the same unique key at once, then exactly one commits and the others conflict', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);
      const allStarted = gate();

      // Each claim is a booking: its own document plus a shared key (one advisor's time unit).
      const claims = Array.from({ length: 20 }, (_, i) =>
        storage().transaction(async (tx) => {
          const inTx = await tx.collection<Person>(spec);
          await inTx.insert(aPerson({ _id: `booking-${i}`, age: i }));
          await allStarted.opened;
          await inTx.insert(aPerson({ _id: 'advisor-1@2025-03-04T11:00:00.000Z', email: `booking-${i}` }));
        }),
      );
      allStarted.open();
      const outcomes = await Promise.allSettled(claims);

      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(19);
      for (const reason of refused) expect(reason).toBeInstanceOf(ConflictError);
      expect(await collection.count()).toBe(2);
    });

    test('when a reader outside looks while a transaction is open, then it sees all of its writes or none', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);
      const firstWritten = gate();
      const mayFinish = gate();

      const writer = storage().transaction(async (tx) => {
        const inTx = await tx.collection<Person>(spec);
        await inTx.insert(aPerson({ _id: 'a' }));
        firstWritten.open();
        await mayFinish.opened;
        await inTx.insert(aPerson({ _id: 'b' }));
      });
      await firstWritten.opened;
      const seenMeanwhile = collection.count();
      mayFinish.open();
      await writer;

      expect([0, 2]).toContain(await seenMeanwhile);
      expect(await collection.count()).toBe(2);
    });

    test('when the tx is used after its transaction ended, then the use is refused', async () => {
      const spec = peopleSpec();
      await people(storage(), spec);
      let leaked: Storage | undefined;

      await storage().transaction(async (tx) => {
        leaked = tx;
      });

      await expect(leaked?.collection<Person>(spec)).rejects.toMatchObject({ code: 'STORAGE.TX_CLOSED' });
    });

    test('when the outer storage is used inside work, then the work fails instead of escaping the transaction', async () => {
      const spec = peopleSpec();
      const collection = await people(storage(), spec);

      const misuse = storage().transaction(async (tx) => {
        await (await tx.collection<Person>(spec)).insert(aPerson({ _id: 'inside' }));
        await collection.insert(aPerson({ _id: 'outside' }));
      });

      await expect(misuse).rejects.toMatchObject({ code: 'STORAGE.TX_MISUSE' });
      expect(await collection.count()).toBe(0);
    });
  });
};
