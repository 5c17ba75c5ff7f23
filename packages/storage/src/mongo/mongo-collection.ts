import {
  type ClientSession,
  type Collection as DriverCollection,
  type Filter as DriverFilter,
  MongoServerError,
} from 'mongodb';
import type { Collection, Filter, NewDoc, StoredDoc } from '../storage.port';
import { bodyOf, checkFilter, checkFindOptions, checkId } from '../query-check';
import { duplicateKey, staleVersion } from '../storage-errors';

export interface MongoDoc {
  _id: string;
  version: number;
  [field: string]: unknown;
}

const DUPLICATE_KEY = 11000;

/** The filter was already checked field by field, so it can be handed to MongoDB as it is. */
const driverFilter = (filter?: Filter): DriverFilter<MongoDoc> => {
  const checked: Record<string, Record<string, unknown>> = {};
  for (const { path, op, value } of checkFilter(filter)) checked[path] = { ...checked[path], [op]: value };
  return checked as DriverFilter<MongoDoc>;
};

/** Documents are JSON (as in the SQLite adapter): a round trip turns Dates into strings and drops undefined. */
const jsonBodyOf = (doc: object): Record<string, unknown> =>
  bodyOf(JSON.parse(JSON.stringify(doc)) as object);

/**
 * A collection bound to an optional session (inside a transaction). Only duplicate keys are
 * translated; other server errors pass untouched so `withTransaction` still sees their labels
 * (a write conflict is retried, not reported).
 */
export const createMongoCollection = <T extends StoredDoc>(
  name: string,
  collection: DriverCollection<MongoDoc>,
  session: ClientSession | undefined,
  beforeUse: () => void,
): Collection<T> => {
  const options = session ? { session } : {};
  const writing = async <R>(work: () => Promise<R>): Promise<R> => {
    beforeUse();
    try {
      return await work();
    } catch (error) {
      throw error instanceof MongoServerError && error.code === DUPLICATE_KEY
        ? duplicateKey(name, error)
        : error;
    }
  };
  const find = async (filter?: Filter, findOptions?: Parameters<Collection<T>['find']>[1]): Promise<T[]> => {
    beforeUse();
    const query = driverFilter(filter);
    const { sort, limit, skip } = checkFindOptions(findOptions);
    // MongoDB reads limit 0 as "no limit"; here it means no documents, as in SQLite.
    if (limit === 0) return [];
    const cursor = collection.find(query, {
      ...options,
      sort,
      skip,
      ...(limit === undefined ? {} : { limit }),
    });
    return (await cursor.toArray()) as unknown as T[];
  };

  return {
    get: async (id) => {
      beforeUse();
      return (await collection.findOne({ _id: id }, options)) as T | null;
    },
    insert: (doc: NewDoc<T>) =>
      writing(async () => {
        const stored: MongoDoc = { _id: checkId(doc._id), version: 1, ...jsonBodyOf(doc) };
        await collection.insertOne(stored, options);
        return stored as unknown as T;
      }),
    update: (doc: NewDoc<T>, expectedVersion: number) =>
      writing(async () => {
        const id = checkId(doc._id);
        const replacement = { version: expectedVersion + 1, ...jsonBodyOf(doc) };
        const updated = await collection.findOneAndReplace(
          { _id: id, version: expectedVersion },
          replacement,
          {
            ...options,
            returnDocument: 'after',
          },
        );
        if (!updated) throw staleVersion(name, id, expectedVersion);
        return updated as unknown as T;
      }),
    delete: async (id, expectedVersion) => {
      beforeUse();
      const filter = expectedVersion === undefined ? { _id: id } : { _id: id, version: expectedVersion };
      return (await collection.deleteOne(filter, options)).deletedCount === 1;
    },
    find,
    findOne: async (filter) => (await find(filter, { limit: 1 }))[0] ?? null,
    count: async (filter) => {
      beforeUse();
      return collection.countDocuments(driverFilter(filter), options);
    },
  };
};
