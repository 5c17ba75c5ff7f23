import { ConflictError } from '@jisr/errors';
import { type CollectionSpec, type Storage, lazyCollection, versionedRepository } from '../../src';
import { uniqueCollection } from './contract-fixture';

/** A domain entity as services keep them: `id` and `version`, never `_id`. */
interface Startup {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly city: string;
  readonly foundedAt: string;
}

const aStartup = (id: string, overrides: Partial<Startup> = {}): Startup => ({
  id,
  version: 0,
  name: `Startup ${id}`,
  city: 'Tripoli',
  foundedAt: `2024-01-0${id.slice(-1)}`,
  ...overrides,
});

const spec = (): CollectionSpec => ({
  name: uniqueCollection('startups'),
  indexes: [{ name: 'by_founding', fields: { foundingKey: -1 } }],
});

/** Five startups s1…s5, stored through a repository whose `foundingKey` orders them newest first. */
const seeded = async (storage: Storage) => {
  const startups = versionedRepository<Startup>(await storage.collection(spec()), {
    storedFields: { foundingKey: (s) => `${s.foundedAt}|${s.id}` },
  });
  for (const id of ['s1', 's2', 's3', 's4', 's5']) {
    await startups.save(aStartup(id, { city: id === 's2' ? 'Benghazi' : 'Tripoli' }));
  }
  return startups;
};

export const versionedRepositoryContract = (storage: () => Storage): void => {
  describe('versionedRepository', () => {
    test('when an entity at version 0 is saved, then it is stored at version 1 and read back as it was', async () => {
      const startups = versionedRepository<Startup>(await storage().collection(spec()));

      const saved = await startups.save(aStartup('s1'));

      expect(saved).toEqual({ ...aStartup('s1'), version: 1 });
      expect(await startups.get('s1')).toEqual(saved);
      expect(await startups.get('missing')).toBeNull();
    });

    test('when two writers save the same read version, then the second is refused as stale', async () => {
      const startups = versionedRepository<Startup>(await storage().collection(spec()));
      const read = await startups.save(aStartup('s1'));

      const first = await startups.save({ ...read, name: 'First' });
      const second = startups.save({ ...read, name: 'Second' });

      expect(first.version).toBe(2);
      await expect(second).rejects.toMatchObject({ code: 'STORAGE.STALE_VERSION' });
      await expect(second).rejects.toBeInstanceOf(ConflictError);
      expect((await startups.get('s1'))?.name).toBe('First');
    });

    test('when an entity has stored fields, then they are written for queries but never handed back', async () => {
      const startups = await seeded(storage());

      const found = await startups.find({ foundingKey: { $gte: '2024-01-04' } });

      expect(found.map((s) => s.id)).toEqual(['s4', 's5']);
      expect(found[0]).not.toHaveProperty('foundingKey');
      expect(await startups.get('s1')).not.toHaveProperty('foundingKey');
      expect(await startups.findOne({ city: 'Benghazi' })).toEqual({
        ...aStartup('s2'),
        city: 'Benghazi',
        version: 1,
      });
    });

    test('when pages are read by id, then each continues after the last and the final one has no next', async () => {
      const startups = await seeded(storage());

      const first = await startups.page({ city: 'Tripoli' }, { after: null, limit: 2 });
      const second = await startups.page({ city: 'Tripoli' }, { after: first.next, limit: 2 });

      expect(first.items.map((s) => s.id)).toEqual(['s1', 's3']);
      expect(first.next).toBe('s3');
      expect(second.items.map((s) => s.id)).toEqual(['s4', 's5']);
      expect(second.next).toBeNull();
    });

    test('when pages are read newest first on a stored key, then the key is the position and stays hidden', async () => {
      const startups = await seeded(storage());
      const order = { key: 'foundingKey', direction: -1 } as const;

      const first = await startups.page({}, { after: null, limit: 3 }, order);
      const rest = await startups.page({}, { after: first.next, limit: 3 }, order);

      expect(first.items.map((s) => s.id)).toEqual(['s5', 's4', 's3']);
      expect(first.next).toBe('2024-01-03|s3');
      expect(rest).toEqual({
        items: [expect.objectContaining({ id: 's2' }), expect.objectContaining({ id: 's1' })],
        next: null,
      });
      expect(rest.items[0]).not.toHaveProperty('foundingKey');
    });

    test('when entities are removed one by one or by filter, then exactly those are gone and counted', async () => {
      const startups = await seeded(storage());

      const stale = await startups.remove('s1', 7);
      const removed = await startups.remove('s1');
      const removedInTripoli = await startups.removeWhere({ city: 'Tripoli' });

      expect([stale, removed, removedInTripoli]).toEqual([false, true, 3]);
      expect((await startups.find()).map((s) => s.id)).toEqual(['s2']);
      expect(await startups.count()).toBe(1);
    });

    test('when the collection is opened lazily inside a transaction, then writes commit with it', async () => {
      const startupsSpec = spec();
      const outside = versionedRepository<Startup>(lazyCollection(storage(), startupsSpec));
      await outside.save(aStartup('s1'));

      await storage().transaction(async (tx) => {
        const inside = versionedRepository<Startup>(lazyCollection(tx, startupsSpec));
        const read = await inside.get('s1');
        if (read === null) throw new Error('s1 was saved before the transaction');
        await inside.save({ ...read, name: 'Renamed' });
        await inside.save(aStartup('s2'));
      });

      expect((await outside.find()).map((s) => [s.id, s.name, s.version])).toEqual([
        ['s1', 'Renamed', 2],
        ['s2', 'Startup s2', 1],
      ]);
    });
  });
};
