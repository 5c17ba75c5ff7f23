import { randomUUID } from 'node:crypto';
import { queueMail } from '../mail/queue-mail';
import type { MessagingTx } from '../messaging-store.port';
import { newNotification, type NotificationInput } from './notification';

/**
 * Stores a notification for the in-app list, hands it to live delivery once the transaction
 * commits, and queues its email as the recipient chose — all in the same transaction.
 */
export async function notify(tx: MessagingTx, now: Date, input: NotificationInput): Promise<void> {
  const notification = newNotification(input, randomUUID(), now);
  await tx.notifications.add(notification);
  tx.live.push(notification);
  await queueMail(tx, now, notification);
}
