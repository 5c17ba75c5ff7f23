import type { Message } from '../domain/conversation/thread';
import type { MessageRepository } from '../domain/messaging-store.port';
import type { CollectionOf, DocOf } from './versioned.repository';

type MessageDoc = DocOf<Message>;

const toMessage = (doc: MessageDoc): Message => ({
  id: doc._id,
  threadId: doc.threadId,
  seq: doc.seq,
  senderRole: doc.senderRole,
  senderId: doc.senderId,
  body: doc.body,
  sentAt: doc.sentAt,
});

/** Messages are written once; only erasure ever changes one (it removes the sender). */
export function messageRepository(collection: CollectionOf<Message>): MessageRepository {
  return {
    add: async (message) => {
      const { id, ...rest } = message;
      await (await collection()).insert({ _id: id, ...rest } as Omit<MessageDoc, 'version'>);
    },
    page: async (threadId, beforeSeq, limit) => {
      const filter = beforeSeq === null ? { threadId } : { threadId, seq: { $lt: beforeSeq } };
      return (await (await collection()).find(filter, { sort: { seq: -1 }, limit })).map(toMessage);
    },
    forgetSender: async (accountId) => {
      const c = await collection();
      const written = await c.find({ senderId: accountId });
      for (const doc of written) await c.update({ ...doc, senderId: null }, doc.version);
      return written.length;
    },
  };
}
