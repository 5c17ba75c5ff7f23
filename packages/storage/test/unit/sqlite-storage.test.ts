import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Storage, createSqliteStorage } from '../../src';
import { type Person, aPerson, gate, peopleSpec } from '../contract/contract-fixture';
import { describeStorageContract } from '../contract/storage.contract';

const directory = mkdtempSync(join(tmpdir(), 'jisr-storage-'));
let files = 0;
const newFile = (): string => join(directory, `store-${files++}.db`);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describeStorageContract('SQLite file', async () => createSqliteStorage(newFile()));
describeStorageContract('SQLite :memory:', async () => createSqliteStorage(':memory:'));

describe('SQLite storage shared by two handles on one file', () => {
  let handles: Storage[] = [];
  afterEach(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    handles = [];
  });

  /** Two handles on one file, as two service instances in one process (or two processes) would have. */
  const twoHandles = (busyTimeoutMs?: number): [Storage, Storage] => {
    const file = newFile();
    handles = [
      createSqliteStorage(file),
      createSqliteStorage(file, busyTimeoutMs === undefined ? {} : { busyTimeoutMs }),
    ];
    return handles as [Storage, Storage];
  };

  /** Opens a transaction on `holder`, writes, and keeps it open until the returned gate opens. */
  const holdWriteLock = async (holder: Storage, spec: ReturnType<typeof peopleSpec>) => {
    const written = gate();
    const release = gate();
    const committed = holder.transaction(async (tx) => {
      await (await tx.collection<Person>(spec)).insert(aPerson({ _id: 'held' }));
      written.open();
      await release.opened;
    });
    await written.opened;
    return { release: release.open, committed };
  };

  test('when one handle keeps a transaction open across an await, then the other waits for it without blocking the process', async () => {
    const [first, second] = twoHandles();
    const spec = peopleSpec();
    await first.collection<Person>(spec);
    const onSecond = await second.collection<Person>(spec);
    const lock = await holdWriteLock(first, spec);

    const before = Date.now();
    const waiting = onSecond.insert(aPerson({ _id: 'waiting' }));
    // One event-loop turn: the insert has met the lock by then. A blocking wait (the driver's own busy
    // timeout, 5 s) would hold this turn back until it gave up.
    await new Promise((resolve) => setImmediate(resolve));
    const loopTurnMs = Date.now() - before;
    lock.release();
    await lock.committed;
    await waiting;

    expect(loopTurnMs).toBeLessThan(1000);
    expect((await onSecond.find({}, { sort: { _id: 1 } })).map((p) => p._id)).toEqual(['held', 'waiting']);
  });

  test('when 20 bookings of one key arrive through two handles at once, then exactly one is stored', async () => {
    const [first, second] = twoHandles();
    const spec = peopleSpec();
    const onFirst = await first.collection<Person>(spec);
    await second.collection<Person>(spec);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? first : second).transaction(async (tx) => {
          const inTx = await tx.collection<Person>(spec);
          await inTx.insert(aPerson({ _id: `meeting-${i}` }));
          await inTx.insert(aPerson({ _id: 'advisor-1@2025-03-04T11:00:00.000Z', age: i }));
        }),
      ),
    );

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(
      outcomes.filter(
        (o) => o.status === 'rejected' && (o.reason as { reason?: string }).reason === 'duplicate',
      ),
    ).toHaveLength(19);
    expect(await onFirst.count()).toBe(2);
  });

  test('when the file stays locked beyond the busy timeout, then the write fails with STORAGE.BUSY and nothing of it is stored', async () => {
    const [first, second] = twoHandles(30);
    const spec = peopleSpec();
    await first.collection<Person>(spec);
    const onSecond = await second.collection<Person>(spec);
    const lock = await holdWriteLock(first, spec);

    const refused = onSecond.insert(aPerson({ _id: 'refused' }));

    await expect(refused).rejects.toMatchObject({ code: 'STORAGE.BUSY', status: 503 });
    lock.release();
    await lock.committed;
    expect(await onSecond.get('refused')).toBeNull();
    expect(await onSecond.count()).toBe(1);
  });
});
