import { encodeCursor, parseWith } from '@jisr/http-kit';
import type { Router } from 'express';
import {
  listNotifications,
  markNotificationsRead,
} from '../../domain/notification/notification-queries.use-case';
import { actorOf, type ApiDeps } from './api-deps';
import { afterOf, markNotificationsBody, notificationListQuery } from './api-schemas';
import { notificationStream } from './notification-stream';
import { presentNotification } from './presenters';

/** Each user's own notifications: the in-app list, marking read, and the live stream. */
export function mountNotificationRoutes(router: Router, deps: ApiDeps): void {
  const { ctx, authenticate } = deps;

  router.get('/v1/notifications/stream', authenticate, notificationStream(deps));

  router.get('/v1/notifications', authenticate, async (req, res) => {
    const query = parseWith(notificationListQuery, req.query, 'query');
    const page = await listNotifications(ctx, actorOf(res), query.unread, {
      after: afterOf(query.cursor),
      limit: query.limit,
    });
    res.json({
      items: page.items.map(presentNotification),
      unreadCount: page.unreadCount,
      nextCursor: page.next === null ? null : encodeCursor({ after: page.next }),
    });
  });

  router.post('/v1/notifications/read', authenticate, async (req, res) => {
    const { ids } = parseWith(markNotificationsBody, req.body ?? {}, 'body');
    res.json(await markNotificationsRead(ctx, actorOf(res), ids ?? null));
  });
}
