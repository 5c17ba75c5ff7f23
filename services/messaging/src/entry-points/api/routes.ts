import type { Route } from '@jisr/http-kit';
import type { ApiDeps } from './api-deps';
import { calendarFeedRoutes } from './calendar-feed.router';
import { inboxRoutes } from './inbox.router';
import { introductionRoutes } from './introductions.router';
import { mailPreferenceRoutes } from './mail-preferences.router';
import { meetingRoutes } from './meetings.router';
import { notificationRoutes } from './notifications.router';
import { threadRoutes } from './threads.router';

export const MESSAGING_API = {
  title: 'Jisr messaging service',
  version: '0.1.0',
  description:
    'The advisor inbox and decisions, threads between the parties, notifications (with a live stream) and meetings.',
};

/** Every /v1 route of messaging, mounted and documented from the same list. */
export const messagingRoutes = (deps: ApiDeps): Route[] => [
  ...introductionRoutes(deps),
  ...inboxRoutes(deps),
  ...threadRoutes(deps),
  ...notificationRoutes(deps),
  ...meetingRoutes(deps),
  ...calendarFeedRoutes(deps),
  ...mailPreferenceRoutes(deps),
];
