import { versionedRepository, type CollectionSource } from '@jisr/storage';
import type { NotificationRepository } from '../domain/messaging-store.port';
import type { Notification } from '../domain/notification/notification';
import { NEWEST_FIRST } from './collections';

/** Notifications carry no version in the domain: they are added once and only marked read. */
type StoredNotification = Notification & { readonly version: number };

const toNotification = (n: StoredNotification): Notification => ({
  id: n.id,
  userId: n.userId,
  kind: n.kind,
  introductionId: n.introductionId,
  threadId: n.threadId,
  // Notifications stored before meetings existed have no such field.
  meetingId: n.meetingId ?? null,
  params: n.params,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

export function notificationRepository(collection: CollectionSource): NotificationRepository {
  const notifications = versionedRepository<StoredNotification>(collection, {
    storedFields: { sortKey: (n) => `${n.createdAt}|${n.id}` },
  });
  return {
    add: async (n) => {
      await notifications.save({ ...n, version: 0 });
    },
    page: async (userId, unreadOnly, page) => {
      const filter = unreadOnly ? { userId, readAt: null } : { userId };
      const found = await notifications.page(filter, page, NEWEST_FIRST);
      return { ...found, items: found.items.map(toNotification) };
    },
    unreadCount: (userId) => notifications.count({ userId, readAt: null }),
    unreadAbout: async (userId, kind, threadId) => {
      const found = await notifications.findOne({ userId, kind, threadId, readAt: null });
      return found === null ? null : toNotification(found);
    },
    markRead: async (userId, ids, now) => {
      const filter =
        ids === null ? { userId, readAt: null } : { userId, readAt: null, _id: { $in: [...ids] } };
      const unread = await notifications.find(filter);
      for (const n of unread) await notifications.save({ ...n, readAt: now.toISOString() });
      return unread.length;
    },
    forgetUser: async (userId) => {
      await notifications.removeWhere({ userId });
    },
  };
}
