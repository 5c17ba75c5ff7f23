import type { MessagingTx } from '../messaging-store.port';
import type { Notification } from '../notification/notification';
import { addToBatch, conversationBatchId, dailyBatchId, itemOf } from './mail-batch';
import { choicesOf, mailKindOf } from './mail-preferences';

const singleBatchId = (notificationId: string): string => `single:${notificationId}`;

/** The zone a person's daily digest follows; UTC until profile has told us theirs. */
export async function timeZoneOf(tx: MessagingTx, userId: string): Promise<string> {
  const startup = await tx.startups.get(userId);
  if (startup?.profile) return startup.profile.timeZone;
  return (await tx.advisors.get(userId))?.profile?.timeZone ?? 'UTC';
}

/**
 * Decides, in the transaction that raised the notification, whether and when it becomes email:
 * never, as soon as possible (its own batch, due now), an hour after a conversation's first new
 * message, or in tomorrow morning's digest. The mail dispatcher sends what is due.
 */
export async function queueMail(tx: MessagingTx, now: Date, notification: Notification): Promise<void> {
  const kind = mailKindOf(notification.kind);
  if (kind === null) return;
  const recipient = await tx.mailRecipients.get(notification.userId);
  // No address yet (profile's event still on its way) or none any more: the in-app list has it.
  if (recipient === null || recipient.email === null) return;
  const delivery = choicesOf(await tx.mailPreferences.get(notification.userId))[kind];
  if (delivery === 'never') return;
  const item = itemOf(notification);
  const userId = notification.userId;
  let target: Parameters<typeof addToBatch>[1] | null = null;
  if (delivery === 'daily') {
    target = { id: dailyBatchId(userId), userId, mode: 'daily', timeZone: await timeZoneOf(tx, userId) };
  } else if (kind === 'message-digest' && notification.threadId !== null) {
    target = {
      id: conversationBatchId(userId, notification.threadId),
      userId,
      mode: 'conversation',
      timeZone: 'UTC',
    };
  }
  if (target === null) {
    await tx.mailBatches.save({
      id: singleBatchId(notification.id),
      userId,
      mode: 'single',
      dueAt: now.toISOString(),
      items: [item],
      count: 1,
      openedAt: now.toISOString(),
      version: 0,
    });
    return;
  }
  await tx.mailBatches.save(addToBatch(await tx.mailBatches.get(target.id), target, item, now));
}
