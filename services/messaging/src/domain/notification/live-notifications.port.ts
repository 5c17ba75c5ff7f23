import type { Notification } from './notification';

/**
 * Live delivery to connected users (Server-Sent Events). Fanned out through the cache's pub/sub so
 * a user connected to one instance hears what another instance produced.
 */
export interface LiveNotifications {
  publish(notification: Notification): Promise<void>;
  /** Returns a function that stops the subscription. */
  subscribe(userId: string, listener: (notification: Notification) => void): Promise<() => Promise<void>>;
}
