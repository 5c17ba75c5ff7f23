import { defineRoute, problems, signedIn, type Route, type RouteReply } from '@jisr/http-kit';
import { availabilityInputSchema } from '../../domain/meetings/availability';
import { getAvailability, setAvailability } from '../../domain/meetings/availability.use-case';
import { bookMeeting, listSlots } from '../../domain/meetings/book-meeting.use-case';
import {
  cancelMeeting,
  proposeTimes,
  recordMeetingOutcome,
  rescheduleMeeting,
} from '../../domain/meetings/change-meeting.use-case';
import { meetingInvite } from '../../domain/meetings/calendar-invite';
import {
  getMeeting,
  meetingsOfIntroduction,
  upcomingMeetings,
} from '../../domain/meetings/meeting-queries.use-case';
import type { Meeting } from '../../domain/meetings/meeting';
import type { ApiDeps } from './api-deps';
import { idParams } from './api-schemas';
import { inZone, presentMeeting } from './meeting-presenter';
import {
  bookingBody,
  cancelBody,
  outcomeBody,
  proposalBody,
  rescheduleBody,
  slotsQuery,
  upcomingQuery,
} from './meeting-schemas';
import {
  availabilitySchema,
  calendarSchema,
  meetingListSchema,
  meetingSchema,
  slotListSchema,
} from './meeting-views';

const DAY_MS = 86_400_000;
const SLOT_SPAN_DAYS = 14;
const TAG = 'Meetings';
const parties = ['startup', 'advisor'] as const;
const advisor = ['advisor'] as const;
const meeting = { description: 'The meeting as it now stands', schema: meetingSchema };
const conflict = { 409: { description: 'The time is taken, or the meeting can no longer change' } };
const answer = (m: Meeting, status = 200): RouteReply => ({ status, body: presentMeeting(m) });

/** Office hours, free slots, bookings and their changes, and each meeting's invite. */
export const meetingRoutes = ({ ctx }: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/availability',
    tag: TAG,
    summary: 'Read my office hours (advisor)',
    access: advisor,
    responses: { 200: { description: 'Office hours', schema: availabilitySchema }, ...problems },
    handle: async ({ actor }) => ({ status: 200, body: await getAvailability(ctx, signedIn(actor).sub) }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/availability',
    tag: TAG,
    summary: 'Set my office hours (advisor)',
    access: advisor,
    body: availabilityInputSchema,
    responses: { 200: { description: 'Office hours', schema: availabilitySchema }, ...problems },
    handle: async ({ actor, body }) => ({
      status: 200,
      body: await setAvailability(ctx, signedIn(actor).sub, body),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/introductions/:id/slots',
    tag: TAG,
    summary: "The advisor's free slots for an accepted introduction (at most 62 days)",
    access: parties,
    params: idParams,
    query: slotsQuery,
    responses: { 200: { description: 'Free slots', schema: slotListSchema }, ...problems, ...conflict },
    handle: async ({ actor, params, query }) => {
      const from = query.from ?? ctx.clock.now();
      const to = query.to ?? new Date(from.getTime() + SLOT_SPAN_DAYS * DAY_MS);
      const list = await listSlots(ctx, signedIn(actor), params.id, {
        from,
        to: new Date(Math.min(to.getTime(), from.getTime() + 62 * DAY_MS)),
      });
      const slots = list.slots.map((s) => ({
        ...s,
        local: {
          startup: inZone(s.startsAt, list.startupTimeZone),
          advisor: inZone(s.startsAt, list.advisorTimeZone),
        },
      }));
      return { status: 200, body: { ...list, slots } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/introductions/:id/meetings',
    tag: TAG,
    summary: "An introduction's meetings",
    access: parties,
    params: idParams,
    responses: { 200: { description: 'Meetings', schema: meetingListSchema }, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: { items: (await meetingsOfIntroduction(ctx, signedIn(actor), params.id)).map(presentMeeting) },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/introductions/:id/meetings',
    tag: TAG,
    summary: 'Book a free slot',
    access: parties,
    params: idParams,
    body: bookingBody,
    responses: { 201: meeting, ...problems, ...conflict },
    handle: async ({ actor, params, body, trace }) => {
      const booked = await bookMeeting(ctx, signedIn(actor), {
        introductionId: params.id,
        ...body,
        ...trace,
      });
      return { ...answer(booked, 201), headers: { Location: `/v1/meetings/${booked.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/meetings',
    tag: TAG,
    summary: 'My upcoming meetings',
    access: parties,
    query: upcomingQuery,
    responses: { 200: { description: 'Meetings', schema: meetingListSchema }, ...problems },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: { items: (await upcomingMeetings(ctx, signedIn(actor), query.limit)).map(presentMeeting) },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/meetings/:id',
    tag: TAG,
    summary: 'Read a meeting',
    access: parties,
    params: idParams,
    responses: { 200: meeting, ...problems },
    handle: async ({ actor, params }) => answer((await getMeeting(ctx, signedIn(actor), params.id)).meeting),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/meetings/:id/invite.ics',
    tag: TAG,
    summary: "The meeting's iCalendar invite, in the reader's language",
    access: parties,
    params: idParams,
    responses: {
      200: { description: 'The invite', schema: calendarSchema, contentType: 'text/calendar' },
      ...problems,
    },
    handle: async ({ actor, params }) => {
      const { meeting: m, locale } = await getMeeting(ctx, signedIn(actor), params.id);
      return {
        status: 200,
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `attachment; filename="jisr-meeting-${m.id}.ics"`,
          'cache-control': 'private, no-store',
        },
        body: meetingInvite(m, locale),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/meetings/:id/reschedule',
    tag: TAG,
    summary: 'Move a meeting to another free slot',
    access: parties,
    params: idParams,
    body: rescheduleBody,
    responses: { 200: meeting, ...problems, ...conflict },
    handle: async ({ actor, params, body, trace }) =>
      answer(await rescheduleMeeting(ctx, signedIn(actor), { meetingId: params.id, ...body, ...trace })),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/meetings/:id/proposals',
    tag: TAG,
    summary: 'Propose other times',
    access: parties,
    params: idParams,
    body: proposalBody,
    responses: { 200: meeting, ...problems, ...conflict },
    handle: async ({ actor, params, body, trace }) =>
      answer(await proposeTimes(ctx, signedIn(actor), { meetingId: params.id, times: body.times, ...trace })),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/meetings/:id/cancel',
    tag: TAG,
    summary: 'Cancel a meeting',
    access: parties,
    params: idParams,
    body: cancelBody,
    responses: { 200: meeting, ...problems, ...conflict },
    handle: async ({ actor, params, body, trace }) =>
      answer(
        await cancelMeeting(ctx, signedIn(actor), { meetingId: params.id, reason: body.reason, ...trace }),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/meetings/:id/outcome',
    tag: TAG,
    summary: 'Record whether the meeting was held',
    access: parties,
    params: idParams,
    body: outcomeBody,
    responses: { 200: meeting, ...problems, ...conflict },
    handle: async ({ actor, params, body, trace }) =>
      answer(await recordMeetingOutcome(ctx, signedIn(actor), { meetingId: params.id, ...body, ...trace })),
  }),
];
