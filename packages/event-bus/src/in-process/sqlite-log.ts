import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type BusLog, type StoredMessage, partitionOf } from './topic-log';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS bus_messages (
    topic TEXT NOT NULL, partition INTEGER NOT NULL, offset INTEGER NOT NULL,
    key TEXT NOT NULL, value TEXT NOT NULL, headers TEXT NOT NULL,
    PRIMARY KEY (topic, partition, offset)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS bus_offsets (
    group_id TEXT NOT NULL, topic TEXT NOT NULL, partition INTEGER NOT NULL, next INTEGER NOT NULL,
    PRIMARY KEY (group_id, topic, partition)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS bus_settings (name TEXT PRIMARY KEY, value INTEGER NOT NULL);`;

interface MessageRow {
  readonly key: string;
  readonly value: string;
  readonly headers: string;
}

/**
 * The bus log in one SQLite file: every append and every commit is its own transaction before
 * the call returns, so a `kill -9` at any point keeps what was published and where each group
 * stood; a restarted group resumes after its last commit and gets the rest again (consumers
 * are idempotent). Messages every group has committed past are deleted now and then.
 */
export function sqliteLog(file: string, requestedPartitions: number): BusLog {
  mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  // Durable against process crashes; only power loss may drop the last commits.
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  // The partition count is fixed by the first start: keys must keep landing where they did.
  db.prepare('INSERT OR IGNORE INTO bus_settings (name, value) VALUES (?, ?)').run(
    'partitions',
    requestedPartitions,
  );
  const partitionCount = (
    db.prepare("SELECT value FROM bus_settings WHERE name = 'partitions'").get() as { value: number }
  ).value;

  const ends = new Map<string, number>();
  const endKey = (topic: string, partition: number): string => `${partition}:${topic}`;
  const rows = db
    .prepare('SELECT topic, partition, MAX(offset) + 1 AS next FROM bus_messages GROUP BY topic, partition')
    .all() as { topic: string; partition: number; next: number }[];
  for (const row of rows) ends.set(endKey(row.topic, row.partition), row.next);
  const offsetRows = db.prepare('SELECT topic, partition, next FROM bus_offsets').all() as {
    topic: string;
    partition: number;
    next: number;
  }[];
  // After pruning, a partition's end may only be known from the offsets committed past it.
  for (const row of offsetRows) {
    const key = endKey(row.topic, row.partition);
    ends.set(key, Math.max(ends.get(key) ?? 0, row.next));
  }

  const insert = db.prepare(
    'INSERT INTO bus_messages (topic, partition, offset, key, value, headers) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare(
    'SELECT key, value, headers FROM bus_messages WHERE topic = ? AND partition = ? AND offset = ?',
  );
  const selectCommitted = db.prepare(
    'SELECT next FROM bus_offsets WHERE group_id = ? AND topic = ? AND partition = ?',
  );
  const upsertCommitted = db.prepare(
    `INSERT INTO bus_offsets (group_id, topic, partition, next) VALUES (?, ?, ?, ?)
     ON CONFLICT (group_id, topic, partition) DO UPDATE SET next = excluded.next`,
  );
  // A topic no group reads (a dead-letter topic) has no minimum and keeps everything.
  const prune = db.prepare(
    `DELETE FROM bus_messages WHERE offset < (SELECT MIN(o.next) FROM bus_offsets o
       WHERE o.topic = bus_messages.topic AND o.partition = bus_messages.partition)`,
  );
  const selectStart = db.prepare(
    'SELECT MIN(offset) AS first FROM bus_messages WHERE topic = ? AND partition = ?',
  );
  let commitsSincePrune = 0;

  const end = (topic: string, partition: number): number => ends.get(endKey(topic, partition)) ?? 0;
  return {
    partitionCount,
    append: (topic, message) => {
      const partition = partitionOf(message.key, partitionCount);
      const offset = end(topic, partition);
      insert.run(
        topic,
        partition,
        offset,
        message.key,
        JSON.stringify(message.value),
        JSON.stringify(message.headers),
      );
      ends.set(endKey(topic, partition), offset + 1);
      return partition;
    },
    end,
    start: (topic, partition) =>
      (selectStart.get(topic, partition) as { first: number | null }).first ?? end(topic, partition),
    read: (topic, partition, offset): StoredMessage => {
      const row = select.get(topic, partition, offset) as MessageRow | undefined;
      if (!row) throw new Error(`bus log: ${topic}[${partition}]@${offset} is gone`);
      return { key: row.key, value: JSON.parse(row.value), headers: JSON.parse(row.headers) };
    },
    committed: (groupId, topic, partition) =>
      (selectCommitted.get(groupId, topic, partition) as { next: number } | undefined)?.next,
    commit: (groupId, topic, partition, next) => {
      upsertCommitted.run(groupId, topic, partition, next);
      // Housekeeping every few hundred commits keeps the file small without a timer.
      if (++commitsSincePrune >= 500) {
        commitsSincePrune = 0;
        prune.run();
      }
    },
    backlog: () => {
      let total = 0;
      for (const row of db
        .prepare('SELECT topic, partition, next FROM bus_offsets')
        .all() as typeof offsetRows)
        total += end(row.topic, row.partition) - row.next;
      return total;
    },
    close: () => db.close(),
  };
}
