import type { Actor } from '@jisr/auth';
import type { MessagingContext } from '../messaging-context';
import type { Page, PageRequest } from '../messaging-store.port';
import type { Notification } from './notification';

/** The in-app list: what happened while the user was away, newest first. */
export function listNotifications(
  ctx: MessagingContext,
  actor: Actor,
  unreadOnly: boolean,
  page: PageRequest,
): Promise<Page<Notification> & { unreadCount: number }> {
  return ctx.store.transaction(async (tx) => {
    const found = await tx.notifications.page(actor.sub, unreadOnly, page);
    return { ...found, unreadCount: await tx.notifications.unreadCount(actor.sub) };
  });
}

/** Marks the given notifications (or all) read; only the caller's own are ever touched. */
export function markNotificationsRead(
  ctx: MessagingContext,
  actor: Actor,
  ids: readonly string[] | null,
): Promise<{ marked: number; unreadCount: number }> {
  return ctx.store.transaction(async (tx) => {
    const marked = await tx.notifications.markRead(actor.sub, ids, ctx.clock.now());
    return { marked, unreadCount: await tx.notifications.unreadCount(actor.sub) };
  });
}
