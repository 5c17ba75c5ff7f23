import type { MailBatchRepository } from '../domain/messaging-store.port';
import type { MailBatch } from '../domain/mail/mail-batch';
import { toEntity, versionedRepository, type CollectionOf } from './versioned.repository';

export function mailBatchRepository(collection: CollectionOf<MailBatch>): MailBatchRepository {
  return {
    ...versionedRepository(collection),
    due: async (now, limit) => {
      const docs = await (
        await collection()
      ).find({ dueAt: { $lte: now.toISOString() } }, { sort: { dueAt: 1 }, limit });
      return docs.map((doc) => toEntity<MailBatch>(doc));
    },
    remove: async (batch) => (await collection()).delete(batch.id, batch.version),
    forgetUser: async (userId) => {
      const c = await collection();
      for (const doc of await c.find({ userId })) await c.delete(doc._id);
    },
  };
}
