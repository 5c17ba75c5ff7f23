import { randomUUID } from 'node:crypto';
import type { MessagingTx } from '../messaging-store.port';
import { newNotification, type NotificationInput } from './notification';

/** Stores a notification for the in-app list and hands it to live delivery once the transaction commits. */
export async function notify(tx: MessagingTx, now: Date, input: NotificationInput): Promise<void> {
  const notification = newNotification(input, randomUUID(), now);
  await tx.notifications.add(notification);
  tx.live.push(notification);
}
