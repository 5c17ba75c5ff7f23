import type { Database, Statement } from 'better-sqlite3';
import type { Collection, Filter, FindOptions, NewDoc, StoredDoc } from '../storage.port';
import { bodyOf, checkId } from '../query-check';
import { duplicateKey, staleVersion } from '../storage-errors';
import { SqlParams, orderAndPageSql, whereSql } from './sqlite-query';

/** Runs one synchronous statement batch on the connection: behind the lock, or inline inside a transaction. */
export type Run = <R>(work: () => R) => Promise<R>;

interface Row {
  readonly _id: string;
  readonly version: number;
  readonly doc: string;
}

const UNIQUE_VIOLATIONS = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  UNIQUE_VIOLATIONS.has((error as { code?: unknown }).code as string);

/** Prepared statements, reused per SQL text (equal filter shapes produce equal SQL). */
export class StatementCache {
  readonly #statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      // A bound on distinct query shapes; clearing is cheaper than tracking recency.
      if (this.#statements.size >= 500) this.#statements.clear();
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/** The stored JSON holds everything except `_id` and `version`, which have their own columns. */
const jsonBodyOf = (doc: object): string => JSON.stringify(bodyOf(doc));

export const createSqliteCollection = <T extends StoredDoc>(
  name: string,
  statements: StatementCache,
  run: Run,
): Collection<T> => {
  const table = `"${name}"`;
  const toDoc = (row: Row): T => ({ _id: row._id, version: row.version, ...JSON.parse(row.doc) }) as T;
  const writing = <R>(work: () => R): R => {
    try {
      return work();
    } catch (error) {
      throw isUniqueViolation(error) ? duplicateKey(name, error) : error;
    }
  };
  const select = (filter: Filter | undefined, options: FindOptions | undefined): Row[] => {
    const params = new SqlParams();
    const sql = `SELECT _id, version, doc FROM ${table}${whereSql(params, filter)}${orderAndPageSql(params, options)}`;
    return statements.get(sql).all(params.values) as Row[];
  };

  return {
    get: (id) =>
      run(() => {
        const row = statements.get(`SELECT _id, version, doc FROM ${table} WHERE _id = ?`).get(id) as
          Row | undefined;
        return row ? toDoc(row) : null;
      }),
    insert: (doc: NewDoc<T>) =>
      run(() => {
        const id = checkId(doc._id);
        const body = jsonBodyOf(doc);
        writing(() =>
          statements.get(`INSERT INTO ${table} (_id, version, doc) VALUES (?, 1, ?)`).run(id, body),
        );
        return toDoc({ _id: id, version: 1, doc: body });
      }),
    update: (doc: NewDoc<T>, expectedVersion: number) =>
      run(() => {
        const id = checkId(doc._id);
        const body = jsonBodyOf(doc);
        const sql = `UPDATE ${table} SET doc = ?, version = version + 1 WHERE _id = ? AND version = ?`;
        const { changes } = writing(() => statements.get(sql).run(body, id, expectedVersion));
        if (changes === 0) throw staleVersion(name, id, expectedVersion);
        return toDoc({ _id: id, version: expectedVersion + 1, doc: body });
      }),
    delete: (id, expectedVersion) =>
      run(() => {
        const { changes } =
          expectedVersion === undefined
            ? statements.get(`DELETE FROM ${table} WHERE _id = ?`).run(id)
            : statements.get(`DELETE FROM ${table} WHERE _id = ? AND version = ?`).run(id, expectedVersion);
        return changes > 0;
      }),
    find: (filter, options) => run(() => select(filter, options).map(toDoc)),
    findOne: (filter) =>
      run(() => {
        const [row] = select(filter, { limit: 1 });
        return row ? toDoc(row) : null;
      }),
    count: (filter) =>
      run(() => {
        const params = new SqlParams();
        const sql = `SELECT count(*) AS n FROM ${table}${whereSql(params, filter)}`;
        return (statements.get(sql).get(params.values) as { n: number }).n;
      }),
  };
};
