import type { Collection, Filter, Storage } from '../../src';
import { type Person, aPerson, people } from './contract-fixture';

/** Five people covering nested objects, arrays of scalars and of objects, nulls, missing fields and booleans. */
const seed = async (storage: Storage): Promise<Collection<Person>> => {
  const collection = await people(storage);
  const rows = [
    aPerson({
      _id: 'amal',
      name: { latin: 'Amal', ar: 'أمل' },
      age: 31,
      city: 'tripoli',
      active: true,
      tags: ['fintech', 'seed'],
      languages: [
        { code: 'ar', level: 4 },
        { code: 'en', level: 3 },
      ],
    }),
    aPerson({
      _id: 'burak',
      name: { latin: 'Burak' },
      age: 45,
      city: 'istanbul',
      active: false,
      tags: ['logistics'],
      languages: [
        { code: 'tr', level: 4 },
        { code: 'en', level: 2 },
      ],
    }),
    aPerson({
      _id: 'salem',
      name: { latin: 'Salem' },
      age: 28,
      city: 'benghazi',
      active: true,
      tags: [],
      languages: [{ code: 'ar', level: 4 }],
    }),
    aPerson({ _id: 'nour', name: { latin: 'Nour' }, city: null, tags: ['agritech', 'fintech'] }),
    aPerson({
      _id: 'zeynep',
      name: { latin: 'Zeynep' },
      age: 39,
      city: 'tripoli',
      languages: [
        { code: 'tr', level: 3 },
        { code: 'ar', level: 1 },
      ],
    }),
  ];
  for (const row of rows) await collection.insert(row);
  return collection;
};

const ids = async (collection: Collection<Person>, filter: Filter): Promise<string[]> =>
  (await collection.find(filter, { sort: { _id: 1 } })).map((person) => person._id);

export const queriesContract = (storage: () => Storage): void => {
  describe('filters', () => {
    test.each<[string, Filter, string[]]>([
      ['a scalar equality', { city: 'tripoli' }, ['amal', 'zeynep']],
      ['a dotted path into an object', { 'name.latin': 'Burak' }, ['burak']],
      ['a value inside an array of scalars', { tags: 'fintech' }, ['amal', 'nour']],
      ['a dotted path through an array of objects', { 'languages.code': 'tr' }, ['burak', 'zeynep']],
      ['$in on an array field', { tags: { $in: ['logistics', 'agritech'] } }, ['burak', 'nour']],
      [
        '$nin, which also excludes arrays holding the value',
        { tags: { $nin: ['fintech'] } },
        ['burak', 'salem', 'zeynep'],
      ],
      [
        '$ne, which keeps documents missing the field',
        { city: { $ne: 'tripoli' } },
        ['burak', 'nour', 'salem'],
      ],
      ['a number range', { age: { $gte: 30, $lt: 45 } }, ['amal', 'zeynep']],
      ['a string range', { 'name.latin': { $gt: 'N', $lte: 'Salem' } }, ['nour', 'salem']],
      ['a range on array elements', { 'languages.level': { $lte: 1 } }, ['zeynep']],
      ['null, which also matches a missing field', { age: null }, ['nour']],
      ['null on an explicitly null field', { city: null }, ['nour']],
      ['$exists: true', { 'name.ar': { $exists: true } }, ['amal']],
      ['$exists: false', { active: { $exists: false } }, ['nour', 'zeynep']],
      ['a boolean', { active: true }, ['amal', 'salem']],
      ['several fields at once', { city: 'tripoli', 'languages.code': 'ar', age: { $gt: 35 } }, ['zeynep']],
      ['the _id', { _id: { $in: ['salem', 'nobody'] } }, ['salem']],
      ['an empty $in', { tags: { $in: [] } }, []],
    ])(
      'when filtering by %s, then exactly the matching documents are returned',
      async (_what, filter, expected) => {
        const collection = await seed(storage());

        expect(await ids(collection, filter)).toEqual(expected);
        expect(await collection.count(filter)).toBe(expected.length);
      },
    );

    test('when a range compares a number, then string values never match it', async () => {
      const collection = await people(storage());
      await collection.insert(aPerson({ _id: 'text', city: '999' }));
      await collection.insert(aPerson({ _id: 'number', age: 5 }));

      expect(await ids(collection, { city: { $gt: 1 } })).toEqual([]);
      expect(await ids(collection, { age: { $gt: '1' } })).toEqual([]);
    });

    test('when a field path or operator is not allowed, then the query is refused before it runs', async () => {
      const collection = await seed(storage());

      for (const filter of [
        { "city') OR 1=1 --": 'x' },
        { $where: 'true' },
        { city: { $regex: '.*' } },
        { city: { $eq: { $ne: '' } } },
      ]) {
        await expect(collection.find(filter as unknown as Filter)).rejects.toMatchObject({
          code: 'STORAGE.INVALID_QUERY',
        });
      }
      await expect(collection.find({}, { sort: { 'x; DROP TABLE people': 1 } })).rejects.toMatchObject({
        code: 'STORAGE.INVALID_QUERY',
      });
      expect(await collection.count()).toBe(5);
    });
  });

  describe('sort, limit and skip', () => {
    test('when sorting descending on a number, then missing values come last', async () => {
      const collection = await seed(storage());

      const sorted = await collection.find({}, { sort: { age: -1 } });

      expect(sorted.map((p) => p._id)).toEqual(['burak', 'zeynep', 'amal', 'salem', 'nour']);
    });

    test('when sorting by two keys, then ties on the first are ordered by the second', async () => {
      const collection = await seed(storage());

      const sorted = await collection.find(
        { city: { $exists: true } },
        { sort: { city: 1, 'name.latin': -1 } },
      );

      expect(sorted.map((p) => p._id)).toEqual(['nour', 'salem', 'burak', 'zeynep', 'amal']);
    });

    test('when paging with skip and limit, then the pages follow the sort order without overlap', async () => {
      const collection = await seed(storage());
      const sort = { 'name.latin': 1 } as const;

      const first = await collection.find({}, { sort, limit: 2 });
      const second = await collection.find({}, { sort, skip: 2, limit: 2 });
      const rest = await collection.find({}, { sort, skip: 4 });

      expect([first, second, rest].map((page) => page.map((p) => p._id))).toEqual([
        ['amal', 'burak'],
        ['nour', 'salem'],
        ['zeynep'],
      ]);
      expect(await collection.find({}, { limit: 0 })).toEqual([]);
    });

    test('when sort keys tie, then documents come in _id order on every adapter', async () => {
      const collection = await seed(storage());

      const sorted = await collection.find({ active: true }, { sort: { active: 1 } });

      expect(sorted.map((p) => p._id)).toEqual(['amal', 'salem']);
    });

    test('when findOne matches several documents, then it returns one of them, and null when none match', async () => {
      const collection = await seed(storage());

      expect(['amal', 'zeynep']).toContain((await collection.findOne({ city: 'tripoli' }))?._id);
      expect(await collection.findOne({ city: 'misrata' })).toBeNull();
      expect(await collection.count()).toBe(5);
    });
  });
};
