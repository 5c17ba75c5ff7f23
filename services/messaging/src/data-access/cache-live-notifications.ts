import type { Cache } from '@jisr/cache';
import type { LiveNotifications } from '../domain/notification/live-notifications.port';
import type { Notification } from '../domain/notification/notification';

/** One channel per user: every instance with an open stream for that user hears every publish. */
const channelOf = (userId: string): string => `messaging:notifications:${userId}`;

/** Live fan-out over the cache's pub/sub: Redis across instances in scale-out, in-process when embedded. */
export function createCacheLiveNotifications(cache: Cache): LiveNotifications {
  return {
    publish: (notification) => cache.publish(channelOf(notification.userId), JSON.stringify(notification)),
    subscribe: (userId, listener) =>
      cache.subscribe(channelOf(userId), (message) => {
        // Only this service writes the channel; a foreign message is dropped rather than crash the stream.
        try {
          listener(JSON.parse(message) as Notification);
        } catch {
          return;
        }
      }),
  };
}
