import type { Collection, Storage, StoredDoc, Tx } from '@jisr/storage';

/** A real collection whose deletes fail the way a storage outage makes them fail. */
const refusingDeletes = <T extends StoredDoc>(real: Collection<T>): Collection<T> =>
  new Proxy(real, {
    get: (target, key) => {
      if (key === 'delete') return () => Promise.reject(new Error('storage refused the delete'));
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });

/** The same wrapping around a transaction's tx, kept a proxy so it still is the `Tx` the outbox asks for. */
const refusingDeletesIn = (tx: Tx): Tx =>
  new Proxy(tx, {
    get: (target, key) => {
      if (key === 'collection')
        return async <T extends StoredDoc>(spec: Parameters<Storage['collection']>[0]) =>
          refusingDeletes(await target.collection<T>(spec));
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });

/**
 * Fault injection around a real storage: every delete fails, inside transactions too; everything
 * else is done by the real storage.
 */
export const withRefusedDeletes = (real: Storage): Storage => ({
  collection: async <T extends StoredDoc>(spec: Parameters<Storage['collection']>[0]) =>
    refusingDeletes(await real.collection<T>(spec)),
  transaction: (work) => real.transaction((tx) => work(refusingDeletesIn(tx))),
  ping: () => real.ping(),
  close: () => real.close(),
});
