import type { NotificationRepository } from '../domain/messaging-store.port';
import type { Notification } from '../domain/notification/notification';
import { pageBySortKey, type CollectionOf, type DocOf } from './versioned.repository';

type NotificationDoc = DocOf<Notification>;

const toNotification = (doc: NotificationDoc): Notification => ({
  id: doc._id,
  userId: doc.userId,
  kind: doc.kind,
  introductionId: doc.introductionId,
  threadId: doc.threadId,
  // Notifications stored before meetings existed have no such field.
  meetingId: doc.meetingId ?? null,
  params: doc.params,
  createdAt: doc.createdAt,
  readAt: doc.readAt,
});

export function notificationRepository(collection: CollectionOf<Notification>): NotificationRepository {
  return {
    add: async (n) => {
      const { id, ...rest } = n;
      await (
        await collection()
      ).insert({ _id: id, ...rest, sortKey: `${n.createdAt}|${id}` } as Omit<NotificationDoc, 'version'>);
    },
    page: async (userId, unreadOnly, page) => {
      const filter = unreadOnly ? { userId, readAt: null } : { userId };
      return pageBySortKey(await collection(), filter, page, toNotification);
    },
    unreadCount: async (userId) => (await collection()).count({ userId, readAt: null }),
    unreadAbout: async (userId, kind, threadId) => {
      const doc = await (await collection()).findOne({ userId, kind, threadId, readAt: null });
      return doc === null ? null : toNotification(doc);
    },
    markRead: async (userId, ids, now) => {
      const c = await collection();
      const filter =
        ids === null ? { userId, readAt: null } : { userId, readAt: null, _id: { $in: [...ids] } };
      const unread = await c.find(filter);
      for (const doc of unread) await c.update({ ...doc, readAt: now.toISOString() }, doc.version);
      return unread.length;
    },
    forgetUser: async (userId) => {
      const c = await collection();
      for (const doc of await c.find({ userId })) await c.delete(doc._id);
    },
  };
}
