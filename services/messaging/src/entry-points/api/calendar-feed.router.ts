import { requireRole } from '@jisr/auth';
import { parseWith } from '@jisr/http-kit';
import type { Router } from 'express';
import {
  calendarFeed,
  issueCalendarFeed,
  revokeCalendarFeed,
} from '../../domain/meetings/calendar-feed.use-case';
import { actorOf, type ApiDeps } from './api-deps';
import { emptyBody } from './api-schemas';
import { feedParams } from './meeting-schemas';

/**
 * A private calendar feed per person. The feed URL itself is the credential (calendar apps send no
 * tokens), so it is long and random, stored only as a hash, and revoked by deleting it.
 */
export function mountCalendarFeedRoutes(router: Router, { ctx, authenticate }: ApiDeps): void {
  const parties = [authenticate, requireRole('startup', 'advisor')];

  router.post('/v1/calendar-feed', ...parties, async (req, res) => {
    parseWith(emptyBody, req.body ?? {}, 'body');
    const { token } = await issueCalendarFeed(ctx, actorOf(res));
    res.status(201).json({ url: `/v1/calendar-feeds/${token}.ics` });
  });

  router.delete('/v1/calendar-feed', ...parties, async (_req, res) => {
    await revokeCalendarFeed(ctx, actorOf(res));
    res.status(204).end();
  });

  router.get('/v1/calendar-feeds/:file', async (req, res) => {
    const { file } = parseWith(feedParams, req.params, 'params');
    const body = await calendarFeed(ctx, file.slice(0, -'.ics'.length));
    res.type('text/calendar; charset=utf-8');
    res.setHeader('cache-control', 'private, no-store');
    res.send(body);
  });
}
