import { requireRole } from '@jisr/auth';
import { parseWith } from '@jisr/http-kit';
import type { Response, Router } from 'express';
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
import { actorOf, correlationOf, type ApiDeps } from './api-deps';
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

const DAY_MS = 86_400_000;
const SLOT_SPAN_DAYS = 14;

const calendar = (res: Response, body: string, filename: string): void => {
  res.type('text/calendar; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  res.setHeader('cache-control', 'private, no-store');
  res.send(body);
};

/** Office hours, free slots, bookings and their changes, and each meeting's invite. */
export function mountMeetingRoutes(router: Router, { ctx, authenticate }: ApiDeps): void {
  const parties = [authenticate, requireRole('startup', 'advisor')];
  const advisor = [authenticate, requireRole('advisor')];
  const answer = (res: Response, meeting: Meeting, status = 200) =>
    res.status(status).json(presentMeeting(meeting));

  router.get('/v1/availability', ...advisor, async (_req, res) => {
    res.json(await getAvailability(ctx, actorOf(res).sub));
  });

  router.put('/v1/availability', ...advisor, async (req, res) => {
    const input = parseWith(availabilityInputSchema, req.body, 'body');
    res.json(await setAvailability(ctx, actorOf(res).sub, input));
  });

  router.get('/v1/introductions/:id/slots', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const query = parseWith(slotsQuery, req.query, 'query');
    const from = query.from ?? ctx.clock.now();
    const to = query.to ?? new Date(from.getTime() + SLOT_SPAN_DAYS * DAY_MS);
    const list = await listSlots(ctx, actorOf(res), id, {
      from,
      to: new Date(Math.min(to.getTime(), from.getTime() + 62 * DAY_MS)),
    });
    res.json({
      ...list,
      slots: list.slots.map((s) => ({
        ...s,
        local: {
          startup: inZone(s.startsAt, list.startupTimeZone),
          advisor: inZone(s.startsAt, list.advisorTimeZone),
        },
      })),
    });
  });

  router.get('/v1/introductions/:id/meetings', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    res.json({ items: (await meetingsOfIntroduction(ctx, actorOf(res), id)).map(presentMeeting) });
  });

  router.post('/v1/introductions/:id/meetings', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const body = parseWith(bookingBody, req.body, 'body');
    const meeting = await bookMeeting(ctx, actorOf(res), {
      introductionId: id,
      ...body,
      ...correlationOf(res),
    });
    answer(res.location(`/v1/meetings/${meeting.id}`), meeting, 201);
  });

  router.get('/v1/meetings', ...parties, async (req, res) => {
    const { limit } = parseWith(upcomingQuery, req.query, 'query');
    res.json({ items: (await upcomingMeetings(ctx, actorOf(res), limit)).map(presentMeeting) });
  });

  router.get('/v1/meetings/:id', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    answer(res, (await getMeeting(ctx, actorOf(res), id)).meeting);
  });

  router.get('/v1/meetings/:id/invite.ics', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const { meeting, locale } = await getMeeting(ctx, actorOf(res), id);
    calendar(res, meetingInvite(meeting, locale), `jisr-meeting-${meeting.id}.ics`);
  });

  router.post('/v1/meetings/:id/reschedule', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const body = parseWith(rescheduleBody, req.body, 'body');
    answer(
      res,
      await rescheduleMeeting(ctx, actorOf(res), { meetingId: id, ...body, ...correlationOf(res) }),
    );
  });

  router.post('/v1/meetings/:id/proposals', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const { times } = parseWith(proposalBody, req.body, 'body');
    answer(res, await proposeTimes(ctx, actorOf(res), { meetingId: id, times, ...correlationOf(res) }));
  });

  router.post('/v1/meetings/:id/cancel', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const { reason } = parseWith(cancelBody, req.body, 'body');
    answer(res, await cancelMeeting(ctx, actorOf(res), { meetingId: id, reason, ...correlationOf(res) }));
  });

  router.post('/v1/meetings/:id/outcome', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const body = parseWith(outcomeBody, req.body, 'body');
    answer(
      res,
      await recordMeetingOutcome(ctx, actorOf(res), { meetingId: id, ...body, ...correlationOf(res) }),
    );
  });
}
