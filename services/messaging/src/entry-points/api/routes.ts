import type { Router } from 'express';
import type { ApiDeps } from './api-deps';
import { mountCalendarFeedRoutes } from './calendar-feed.router';
import { mountInboxRoutes } from './inbox.router';
import { mountMeetingRoutes } from './meetings.router';
import { mountIntroductionRoutes } from './introductions.router';
import { mountNotificationRoutes } from './notifications.router';
import { mountThreadRoutes } from './threads.router';

export function mountRoutes(router: Router, deps: ApiDeps): void {
  mountIntroductionRoutes(router, deps);
  mountInboxRoutes(router, deps);
  mountThreadRoutes(router, deps);
  mountNotificationRoutes(router, deps);
  mountMeetingRoutes(router, deps);
  mountCalendarFeedRoutes(router, deps);
}
