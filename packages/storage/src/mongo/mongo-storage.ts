import { type ClientSession, type Db, MongoClient, MongoServerError } from 'mongodb';
import type { CollectionSpec, Storage, StoredDoc, Tx } from '../storage.port';
import { checkIndex, checkName } from '../query-check';
import { TransactionHandle, TransactionScope, asTx } from '../transaction-scope';
import { type MongoDoc, createMongoCollection } from './mongo-collection';

export interface MongoStorageOptions {
  readonly url: string;
  readonly database: string;
  /** How long to look for a server before an operation fails (default 5000 ms). */
  readonly serverSelectionTimeoutMs?: number;
}

const NAMESPACE_EXISTS = 48;

/** Creates the collection (so transactions can write to it) and its indexes; both are idempotent. */
const declare = async (db: Db, spec: CollectionSpec): Promise<void> => {
  const name = checkName(spec.name, 'Collection');
  const indexes = (spec.indexes ?? []).map((index) => {
    const fields = checkIndex(index);
    const key = Object.fromEntries(fields);
    if (index.unique !== true) return { key, name: index.name };
    // Documents lacking a field are not constrained, the way SQLite treats NULL in unique indexes.
    const partialFilterExpression = Object.fromEntries(fields.map(([path]) => [path, { $exists: true }]));
    return { key, name: index.name, unique: true, partialFilterExpression };
  });
  await db.createCollection(name).catch((error: unknown) => {
    if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
  });
  if (indexes.length > 0) await db.collection(name).createIndexes(indexes);
};

/**
 * Storage on MongoDB through the official driver: one collection per collection, string `_id`,
 * optimistic versions checked by the server (`findOneAndReplace({_id, version})`), transactions
 * through `session.withTransaction` (needs a replica set; a single-node one will do).
 */
export const createMongoStorage = async (options: MongoStorageOptions): Promise<Storage> => {
  const client = new MongoClient(options.url, {
    ignoreUndefined: true,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000,
  });
  await client.connect();
  const db = client.db(options.database);
  const scope = new TransactionScope();
  const declared = new Map<string, Promise<void>>();

  // Keyed by the whole spec: declaring a collection again with a new index creates that index.
  const ensure = (spec: CollectionSpec): Promise<void> => {
    const key = JSON.stringify(spec);
    const pending = declared.get(key) ?? declare(db, spec);
    declared.set(key, pending);
    pending.catch(() => declared.delete(key));
    return pending;
  };

  const bind = <T extends StoredDoc>(
    spec: CollectionSpec,
    session?: ClientSession,
    handle?: TransactionHandle,
  ) =>
    createMongoCollection<T>(spec.name, db.collection<MongoDoc>(spec.name), session, () =>
      handle ? handle.assertOpen() : scope.assertOutside(),
    );

  const txStorage = (session: ClientSession, handle: TransactionHandle): Tx => {
    const tx: Tx = asTx({
      collection: async <T extends StoredDoc>(spec: CollectionSpec) => {
        handle.assertOpen();
        // Index builds cannot run in a transaction; they run once, outside the session.
        await ensure(spec);
        return bind<T>(spec, session, handle);
      },
      transaction: async (work) => {
        handle.assertOpen();
        return work(tx);
      },
      ping: async () => handle.assertOpen(),
      close: async () => undefined,
    });
    return tx;
  };

  return {
    collection: async <T extends StoredDoc>(spec: CollectionSpec) => {
      await ensure(spec);
      return bind<T>(spec);
    },
    transaction: async <R>(work: (tx: Tx) => Promise<R>): Promise<R> => {
      scope.assertOutside();
      let result: R | undefined;
      await client.withSession((session) =>
        session.withTransaction(
          async () => {
            // withTransaction may run this more than once (transient errors); each attempt gets its own tx.
            const handle = new TransactionHandle();
            try {
              result = await scope.run(() => work(txStorage(session, handle)));
            } finally {
              handle.end();
            }
          },
          { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' }, readPreference: 'primary' },
        ),
      );
      return result as R;
    },
    ping: async () => {
      scope.assertOutside();
      await db.command({ ping: 1 });
    },
    close: () => client.close(),
  };
};
