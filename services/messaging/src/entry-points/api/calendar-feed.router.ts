import { defineRoute, noContent, problems, signedIn, type Route } from '@jisr/http-kit';
import {
  calendarFeed,
  issueCalendarFeed,
  revokeCalendarFeed,
} from '../../domain/meetings/calendar-feed.use-case';
import type { ApiDeps } from './api-deps';
import { emptyBody } from './api-schemas';
import { feedParams } from './meeting-schemas';
import { calendarFeedSchema, calendarSchema } from './meeting-views';

const TAG = 'Meetings';
const parties = ['startup', 'advisor'] as const;

/**
 * A private calendar feed per person. The feed URL itself is the credential (calendar apps send no
 * tokens), so it is long and random, stored only as a hash, and revoked by deleting it.
 */
export const calendarFeedRoutes = ({ ctx }: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/calendar-feed',
    tag: TAG,
    summary: 'Issue my private calendar feed (replaces the previous one)',
    access: parties,
    body: emptyBody,
    responses: { 201: { description: 'The feed', schema: calendarFeedSchema }, ...problems },
    handle: async ({ actor }) => {
      const { token } = await issueCalendarFeed(ctx, signedIn(actor));
      return { status: 201, body: { url: `/v1/calendar-feeds/${token}.ics` } };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/calendar-feed',
    tag: TAG,
    summary: 'Revoke my calendar feed',
    access: parties,
    responses: { 204: { description: 'Revoked' }, ...problems },
    handle: async ({ actor }) => {
      await revokeCalendarFeed(ctx, signedIn(actor));
      return noContent;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/calendar-feeds/:file',
    tag: TAG,
    summary: 'A calendar feed; the unguessable file name is the credential',
    access: 'public',
    params: feedParams,
    responses: {
      200: { description: 'Upcoming meetings', schema: calendarSchema, contentType: 'text/calendar' },
      400: problems[400],
      404: problems[404],
    },
    handle: async ({ params }) => ({
      status: 200,
      headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store' },
      body: await calendarFeed(ctx, params.file.slice(0, -'.ics'.length)),
    }),
  }),
];
