import { OUTBOX_SPEC, createOutbox, type OutboxEntry } from '@jisr/outbox';
import { createSqliteStorage, type Storage } from '@jisr/storage';
import { aStartupProfile, startupUpserted } from '@jisr/test-kit';
import { createMatchingStore } from '../../../src/data-access/matching-store';
import type { OpenRequestsRecord } from '../../../src/domain/matching-store.port';

// Any topic does: the outbox only stores the event for the relay.
const TOPIC = 'profile.startup.v1';

describe('matching store', () => {
  let storage: Storage;
  beforeEach(() => {
    storage = createSqliteStorage(':memory:');
  });
  afterEach(() => storage.close());

  const open = async () => createMatchingStore(storage, await createOutbox(storage));
  const pending = async () => (await storage.collection<OutboxEntry>(OUTBOX_SPEC)).count();

  test('when code outside a transaction looks for the outbox, then the compiler and the store have none', async () => {
    const store = await open();

    // @ts-expect-error the outbox is only on the MatchingTx a transaction hands its work
    const outside: unknown = store.outbox;

    expect(outside).toBeUndefined();
  });

  test('when a transaction saves a record and appends its event, then both commit together or not at all', async () => {
    const store = await open();
    const slots: OpenRequestsRecord = { id: 'startup-1', version: 0, open: [] };

    await store.transaction(async (tx) => {
      await tx.openRequests.save(slots);
      await tx.outbox.append(TOPIC, [startupUpserted(aStartupProfile())]);
    });
    const failed = store.transaction(async (tx) => {
      await tx.openRequests.save({ ...slots, id: 'startup-2' });
      await tx.outbox.append(TOPIC, [startupUpserted(aStartupProfile())]);
      throw new Error('the use case failed after writing');
    });

    await expect(failed).rejects.toThrow('the use case failed after writing');
    expect((await store.openRequests.all()).map((r) => [r.id, r.version])).toEqual([['startup-1', 1]]);
    expect(await pending()).toBe(1);
  });

  test('when two writers save the same version of a record, then the second is refused as stale', async () => {
    const store = await open();
    const read = await store.openRequests.save({ id: 'startup-1', version: 0, open: [] });

    await store.openRequests.save({ ...read, open: [{ introductionId: 'i-1', advisorId: 'a-1' }] });
    const second = store.openRequests.save({ ...read, open: [{ introductionId: 'i-2', advisorId: 'a-2' }] });

    await expect(second).rejects.toMatchObject({ code: 'STORAGE.STALE_VERSION' });
    expect((await store.openRequests.get('startup-1'))?.open).toEqual([
      { introductionId: 'i-1', advisorId: 'a-1' },
    ]);
  });
});
