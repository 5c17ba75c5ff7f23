import { versionedRepository, type CollectionSource } from '@jisr/storage';
import type { Thread } from '../domain/conversation/thread';
import type { ThreadRepository } from '../domain/messaging-store.port';
import { NEWEST_FIRST, PARTY_FIELD } from './collections';

/** Threads list by latest activity: the key moves with each message. */
export function threadRepository(collection: CollectionSource): ThreadRepository {
  const threads = versionedRepository<Thread>(collection, {
    storedFields: { sortKey: (t) => `${t.lastMessageAt ?? t.openedAt}|${t.id}` },
  });
  return {
    ...threads,
    page: (party, accountId, page) =>
      threads.page(
        party === null || accountId === null ? {} : { [PARTY_FIELD[party]]: accountId },
        page,
        NEWEST_FIRST,
      ),
    ofParty: (party, accountId) => threads.find({ [PARTY_FIELD[party]]: accountId }),
  };
}
