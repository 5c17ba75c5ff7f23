import { join } from 'node:path';
import { createSqliteStorage, type StoredDoc } from '@jisr/storage';
import { aRequestIn } from './harness';
import { aMessagingPerTest } from './per-test';

describe('items stored with the old inbox name `pending`', () => {
  const live = aMessagingPerTest();

  test('when an item was stored as pending, then the API shows it requested, lists it open and it can still be accepted', async () => {
    const { introductionId, advisor } = await aRequestIn(live.world, live.messaging);
    const storage = createSqliteStorage(join(live.world.dataDir, 'messaging.sqlite'));
    try {
      const introductions = await storage.collection<StoredDoc & Record<string, unknown>>({
        name: 'introductions',
      });
      const doc = await introductions.get(introductionId);
      if (doc === null) throw new Error('the item was not stored');
      await introductions.update({ ...doc, status: 'pending' }, doc.version);
    } finally {
      await storage.close();
    }

    const read = await live.messaging.call('GET', `/v1/introductions/${introductionId}`, advisor);
    const open = await live.messaging.call('GET', '/v1/introductions?status=open', advisor);
    const accepted = await live.messaging.call(
      'POST',
      `/v1/introductions/${introductionId}/accept`,
      advisor,
      {},
    );

    expect([
      read.body.status,
      open.body.items.map((item: { id: string; status: string }) => [item.id, item.status]),
      accepted.body.status,
    ]).toEqual(['requested', [[introductionId, 'requested']], 'accepted']);
  });
});
