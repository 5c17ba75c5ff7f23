import { versionedRepository, type CollectionSource } from '@jisr/storage';
import type { Message } from '../domain/conversation/thread';
import type { MessageRepository } from '../domain/messaging-store.port';

/** Messages carry no version in the domain: they are written once. */
type StoredMessage = Message & { readonly version: number };

const toMessage = ({ version: _version, ...message }: StoredMessage): Message => message;

/** Messages are written once; only erasure ever changes one (it removes the sender). */
export function messageRepository(collection: CollectionSource): MessageRepository {
  const messages = versionedRepository<StoredMessage>(collection);
  return {
    add: async (message) => {
      await messages.save({ ...message, version: 0 });
    },
    page: async (threadId, beforeSeq, limit) => {
      const filter = beforeSeq === null ? { threadId } : { threadId, seq: { $lt: beforeSeq } };
      return (await messages.find(filter, { sort: { seq: -1 }, limit })).map(toMessage);
    },
    forgetSender: async (accountId) => {
      const written = await messages.find({ senderId: accountId });
      for (const m of written) await messages.save({ ...m, senderId: null });
      return written.length;
    },
  };
}
