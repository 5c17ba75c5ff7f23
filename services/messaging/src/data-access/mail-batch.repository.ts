import { versionedRepository, type CollectionSource } from '@jisr/storage';
import type { MailBatchRepository } from '../domain/messaging-store.port';
import type { MailBatch } from '../domain/mail/mail-batch';

export function mailBatchRepository(collection: CollectionSource): MailBatchRepository {
  const batches = versionedRepository<MailBatch>(collection);
  return {
    ...batches,
    due: (now, limit) => batches.find({ dueAt: { $lte: now.toISOString() } }, { sort: { dueAt: 1 }, limit }),
    remove: (batch) => batches.remove(batch.id, batch.version),
    forgetUser: async (userId) => {
      await batches.removeWhere({ userId });
    },
  };
}
