import type { Thread } from '../domain/conversation/thread';
import type { ThreadRepository } from '../domain/messaging-store.port';
import { PARTY_FIELD } from './collections';
import { pageBySortKey, toEntity, versionedRepository, type CollectionOf } from './versioned.repository';

/** Threads list by latest activity: the key moves with each message. */
export function threadRepository(collection: CollectionOf<Thread>): ThreadRepository {
  return {
    ...versionedRepository(collection, (t) => ({ sortKey: `${t.lastMessageAt ?? t.openedAt}|${t.id}` })),
    page: async (party, accountId, page) => {
      const filter = party === null || accountId === null ? {} : { [PARTY_FIELD[party]]: accountId };
      return pageBySortKey(await collection(), filter, page, toEntity<Thread>);
    },
    ofParty: async (party, accountId) =>
      (await (await collection()).find({ [PARTY_FIELD[party]]: accountId })).map((d) => toEntity<Thread>(d)),
  };
}
