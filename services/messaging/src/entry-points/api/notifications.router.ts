import { defineRoute, encodeCursor, problems, signedIn, STREAMED, type Route } from '@jisr/http-kit';
import {
  listNotifications,
  markNotificationsRead,
} from '../../domain/notification/notification-queries.use-case';
import type { ApiDeps } from './api-deps';
import { afterOf, markNotificationsBody, notificationListQuery } from './api-schemas';
import { markedSchema, notificationPageSchema, notificationStreamSchema } from './api-views';
import { openNotificationStream } from './notification-stream';
import { presentNotification } from './presenters';

const TAG = 'Notifications';

/** Each user's own notifications: the in-app list, marking read, and the live stream. */
export const notificationRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/notifications/stream',
    tag: TAG,
    summary: 'Live notifications as Server-Sent Events (token in the Authorization header)',
    access: ['startup', 'advisor'],
    responses: {
      200: { description: 'The stream', schema: notificationStreamSchema, contentType: 'text/event-stream' },
      401: problems[401],
    },
    handle: async ({ actor, req, res }) => {
      await openNotificationStream(deps, signedIn(actor).sub, req, res);
      return STREAMED;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/notifications',
    tag: TAG,
    summary: 'My notifications, newest first',
    access: ['startup', 'advisor'],
    query: notificationListQuery,
    responses: { 200: { description: 'A page', schema: notificationPageSchema }, ...problems },
    handle: async ({ actor, query }) => {
      const page = await listNotifications(deps.ctx, signedIn(actor), query.unread, {
        after: afterOf(query.cursor),
        limit: query.limit,
      });
      return {
        status: 200,
        body: {
          items: page.items.map(presentNotification),
          unreadCount: page.unreadCount,
          nextCursor: page.next === null ? null : encodeCursor({ after: page.next }),
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/notifications/read',
    tag: TAG,
    summary: 'Mark the given notifications (or all) read',
    access: ['startup', 'advisor'],
    body: markNotificationsBody,
    responses: { 200: { description: 'How many were marked', schema: markedSchema }, ...problems },
    handle: async ({ actor, body }) => ({
      status: 200,
      body: await markNotificationsRead(deps.ctx, signedIn(actor), body.ids ?? null),
    }),
  }),
];
