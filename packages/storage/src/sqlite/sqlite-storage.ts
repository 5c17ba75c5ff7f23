import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { CollectionSpec, Storage, StoredDoc, Tx } from '../storage.port';
import { checkIndex, checkName } from '../query-check';
import { AsyncMutex, TransactionHandle, TransactionScope, asTx } from '../transaction-scope';
import { type Run, StatementCache, createSqliteCollection } from './sqlite-collection';
import { retryWhileBusy } from './sqlite-busy';
import { fieldExpression } from './sqlite-query';

export interface SqliteStorageOptions {
  /** How long to wait for another connection's write lock before failing with `STORAGE.BUSY` (default 5000 ms). */
  readonly busyTimeoutMs?: number;
}

const schemaSql = (spec: CollectionSpec): string[] => {
  const name = checkName(spec.name, 'Collection');
  const table = `CREATE TABLE IF NOT EXISTS "${name}" (_id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL)`;
  const indexes = (spec.indexes ?? []).map((index) => {
    const columns = checkIndex(index).map(
      ([path, direction]) => `${fieldExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`,
    );
    const unique = index.unique === true ? 'UNIQUE ' : '';
    return `CREATE ${unique}INDEX IF NOT EXISTS "${name}__${index.name}" ON "${name}" (${columns.join(', ')})`;
  });
  return [table, ...indexes];
};

/**
 * Embedded storage on one SQLite file (or `:memory:`): a table per collection holding JSON
 * documents, declared indexes as expression indexes on `json_extract(doc, '$.path')`.
 *
 * better-sqlite3 is synchronous but `transaction(work)` awaits, so one async lock guards the
 * connection: while a transaction is open nothing else runs on it; the `tx` handed to `work`
 * skips the lock. Several handles or processes may share the file (WAL, `BEGIN IMMEDIATE`, and
 * waiting for a busy file without blocking the event loop).
 */
export const createSqliteStorage = (file: string, options: SqliteStorageOptions = {}): Storage => {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 0');
  // Durable against process crashes (what the outbox guards against); only power loss may drop the last commits.
  db.pragma('synchronous = NORMAL');

  const statements = new StatementCache(db);
  const lock = new AsyncMutex();
  const scope = new TransactionScope();
  /** Collections whose schema is committed; inside a transaction those skip the DDL. */
  const declared = new Set<string>();

  const outer: Run = (work) => {
    scope.assertOutside();
    return lock.run(() => retryWhileBusy(work, busyTimeoutMs));
  };

  const declare = (spec: CollectionSpec): void => {
    for (const sql of schemaSql(spec)) db.exec(sql);
  };

  const txStorage = (handle: TransactionHandle): Tx => {
    const inside: Run = async (work) => {
      handle.assertOpen();
      return work();
    };
    const tx: Tx = asTx({
      collection: async <T extends StoredDoc>(spec: CollectionSpec) => {
        // DDL inside the transaction rolls back with it, so it is not remembered in `declared`.
        await inside(() => declared.has(spec.name) || declare(spec));
        return createSqliteCollection<T>(spec.name, statements, inside);
      },
      transaction: async (work) => {
        handle.assertOpen();
        return work(tx);
      },
      ping: () => inside(() => undefined),
      close: async () => undefined,
    });
    return tx;
  };

  return {
    collection: async <T extends StoredDoc>(spec: CollectionSpec) => {
      await outer(() => declare(spec));
      declared.add(spec.name);
      return createSqliteCollection<T>(spec.name, statements, outer);
    },
    transaction: async (work) => {
      scope.assertOutside();
      return lock.run(async () => {
        await retryWhileBusy(() => db.exec('BEGIN IMMEDIATE'), busyTimeoutMs);
        const handle = new TransactionHandle();
        try {
          const result = await scope.run(() => work(txStorage(handle)));
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        } finally {
          handle.end();
        }
      });
    },
    ping: () => outer(() => void db.prepare('SELECT 1').get()),
    close: async () => {
      await lock.run(() => {
        if (db.open) db.close();
      });
    },
  };
};
