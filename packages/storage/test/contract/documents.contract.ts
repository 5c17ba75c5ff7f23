import { ConflictError } from '@jisr/errors';
import type { Storage } from '../../src';
import { type Person, aPerson, people, uniqueCollection } from './contract-fixture';

export const documentsContract = (storage: () => Storage): void => {
  describe('documents', () => {
    test('when a document is inserted, then get returns it at version 1', async () => {
      const collection = await people(storage());

      const inserted = await collection.insert(aPerson({ _id: 'p1', email: 'amal@example.ly', age: 31 }));

      expect(inserted).toEqual({
        _id: 'p1',
        version: 1,
        name: { latin: 'Person p1' },
        email: 'amal@example.ly',
        age: 31,
      });
      expect(await collection.get('p1')).toEqual(inserted);
      expect(await collection.get('missing')).toBeNull();
    });

    test('when an _id is reused, then the insert is refused as a duplicate', async () => {
      const collection = await people(storage());
      await collection.insert(aPerson({ _id: 'p1', age: 20 }));

      const second = collection.insert(aPerson({ _id: 'p1', age: 99 }));

      await expect(second).rejects.toBeInstanceOf(ConflictError);
      await expect(second).rejects.toMatchObject({
        code: 'STORAGE.DUPLICATE',
        reason: 'duplicate',
        status: 409,
      });
      expect(await collection.get('p1')).toMatchObject({ age: 20, version: 1 });
    });

    test('when a unique index is violated on insert, then a typed duplicate conflict is thrown and nothing is stored', async () => {
      const collection = await people(storage());
      await collection.insert(aPerson({ _id: 'p1', email: 'same@example.ly' }));

      const second = collection.insert(aPerson({ _id: 'p2', email: 'same@example.ly' }));

      await expect(second).rejects.toBeInstanceOf(ConflictError);
      await expect(second).rejects.toMatchObject({ code: 'STORAGE.DUPLICATE', reason: 'duplicate' });
      expect(await collection.get('p2')).toBeNull();
      expect(await collection.count()).toBe(1);
    });

    test('when an update would violate a unique index, then it is refused and the stored document is unchanged', async () => {
      const collection = await people(storage());
      await collection.insert(aPerson({ _id: 'p1', email: 'one@example.ly' }));
      const second = await collection.insert(aPerson({ _id: 'p2', email: 'two@example.ly' }));

      const update = collection.update({ ...second, email: 'one@example.ly' }, second.version);

      await expect(update).rejects.toMatchObject({ code: 'STORAGE.DUPLICATE', reason: 'duplicate' });
      expect(await collection.get('p2')).toEqual(second);
    });

    test('when documents lack a uniquely indexed field, then they do not conflict with each other', async () => {
      const collection = await people(storage());

      await collection.insert(aPerson({ _id: 'p1' }));
      await collection.insert(aPerson({ _id: 'p2' }));

      expect(await collection.count()).toBe(2);
    });

    test('when a collection is declared again, then its documents and unique indexes remain', async () => {
      const name = uniqueCollection('again');
      const spec = { name, indexes: [{ name: 'by_email', fields: { email: 1 as const }, unique: true }] };
      await (await storage().collection<Person>(spec)).insert(aPerson({ _id: 'p1', email: 'a@example.ly' }));

      const again = await storage().collection<Person>(spec);

      expect(await again.get('p1')).toMatchObject({ email: 'a@example.ly' });
      await expect(again.insert(aPerson({ _id: 'p2', email: 'a@example.ly' }))).rejects.toMatchObject({
        reason: 'duplicate',
      });
    });
  });

  describe('versions', () => {
    test('when an update carries the current version, then it is stored with the version raised by one', async () => {
      const collection = await people(storage());
      const stored = await collection.insert(aPerson({ _id: 'p1', age: 30 }));

      const updated = await collection.update({ ...stored, age: 31 }, stored.version);

      expect(updated).toMatchObject({ _id: 'p1', version: 2, age: 31 });
      expect(await collection.get('p1')).toEqual(updated);
    });

    test('when an update carries a stale version, then it is refused and the stored document is unchanged', async () => {
      const collection = await people(storage());
      const original = await collection.insert(aPerson({ _id: 'p1', age: 30 }));
      const current = await collection.update({ ...original, age: 31 }, original.version);

      const stale = collection.update({ ...original, age: 99 }, original.version);

      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({
        code: 'STORAGE.STALE_VERSION',
        reason: 'stale-version',
        status: 409,
      });
      expect(await collection.get('p1')).toEqual(current);
    });

    test('when the document to update does not exist, then the update is refused as stale', async () => {
      const collection = await people(storage());

      const update = collection.update(aPerson({ _id: 'ghost' }), 1);

      await expect(update).rejects.toMatchObject({ code: 'STORAGE.STALE_VERSION' });
      expect(await collection.get('ghost')).toBeNull();
    });

    test('when a delete carries the current version, then the document is removed', async () => {
      const collection = await people(storage());
      const stored = await collection.insert(aPerson({ _id: 'p1' }));

      expect(await collection.delete('p1', stored.version)).toBe(true);
      expect(await collection.get('p1')).toBeNull();
    });

    test('when a delete carries a stale version, then nothing is removed', async () => {
      const collection = await people(storage());
      const original = await collection.insert(aPerson({ _id: 'p1', age: 1 }));
      const current = await collection.update({ ...original, age: 2 }, original.version);

      expect(await collection.delete('p1', original.version)).toBe(false);
      expect(await collection.get('p1')).toEqual(current);
    });

    test('when a delete has no version, then it removes whatever is stored, and reports a missing document', async () => {
      const collection = await people(storage());
      await collection.insert(aPerson({ _id: 'p1' }));

      expect(await collection.delete('p1')).toBe(true);
      expect(await collection.delete('p1')).toBe(false);
      expect(await collection.count()).toBe(0);
    });
  });
};
