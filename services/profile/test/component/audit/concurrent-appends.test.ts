import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENESIS, verifyChain, type AuditEntry } from '@jisr/audit';
import { ConflictError } from '@jisr/errors';
import { createSqliteStorage, type Storage, type StoredDoc } from '@jisr/storage';
import { retryingForkedAppends } from '../../../src/data-access/audit-append-retry';
import { AUDIT_RECORDS } from '../../../src/data-access/audit-collections';
import { auditLogIn } from '../../../src/data-access/audit-log.repository';

const entry = (n: number, writer: string): AuditEntry => ({
  recordId: `${writer}-${n}`,
  at: new Date().toISOString(),
  actor: { accountId: writer, staffRoles: ['verifier'] },
  service: 'profile',
  action: 'startup.verification-approve',
  target: { type: 'startup', id: `startup-${n}` },
  before: {},
  after: {},
});

const append = (storage: Storage, n: number, writer: string) =>
  retryingForkedAppends(() =>
    storage.transaction(async (tx) => (await auditLogIn(tx)).append(entry(n, writer))),
  );

let dir: string;
let first: Storage;
let second: Storage;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jisr-audit-'));
  // Two handles on one file: two profile processes sharing embedded storage.
  first = createSqliteStorage(join(dir, 'profile.sqlite'));
  second = createSqliteStorage(join(dir, 'profile.sqlite'));
});
afterEach(async () => {
  await Promise.all([first.close(), second.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('appending to the audit log concurrently', () => {
  test('when two writers append forty records at once, then the chain has one record per sequence and checks intact', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => [
        append(first, n, 'writer-a'),
        append(second, n, 'writer-b'),
      ]).flat(),
    );

    const { records, head } = await first.transaction(async (tx) => {
      const log = await auditLogIn(tx);
      return { records: await log.after(GENESIS.sequence, 100), head: (await log.ends()).head };
    });
    expect(records.map((record) => record.sequence)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(verifyChain(records, { head })).toMatchObject({ intact: true, checked: 40 });
  });

  test('when a second record claims a sequence already taken, then the unique index refuses it', async () => {
    const stored = await append(first, 1, 'writer-a');
    const records = await first.collection<StoredDoc & Record<string, unknown>>(AUDIT_RECORDS);

    await expect(
      records.insert({ ...stored, _id: 'forked-record', recordId: undefined }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  test('when an append finds its sequence taken, then the whole transaction runs again and the append lands', async () => {
    let attempts = 0;
    const stored = await retryingForkedAppends(() =>
      first.transaction(async (tx) => {
        attempts += 1;
        const log = await auditLogIn(tx);
        // The first attempt finds its place taken, as when another appender committed meanwhile (on MongoDB).
        if (attempts === 1)
          await (
            await tx.collection<StoredDoc & { sequence: number }>(AUDIT_RECORDS)
          ).insert({ _id: 'winner', sequence: 1 });
        return log.append(entry(1, 'writer-a'));
      }),
    );

    expect(attempts).toBe(2);
    expect(stored.sequence).toBe(1);
  });
});
