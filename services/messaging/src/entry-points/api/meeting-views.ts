import { z } from 'zod';
import { availabilityInputSchema } from '../../domain/meetings/availability';
import { MEETING_STATUSES, meetingPlaceSchema, OUTCOMES } from '../../domain/meetings/meeting';

// What the meeting routes answer with; the OpenAPI document and the component tests' checks read these.
const when = z.string();
const party = z.enum(['startup', 'advisor']);
const bothZones = z.object({ startup: z.string(), advisor: z.string() });

export const availabilitySchema = availabilityInputSchema.extend({
  id: z.string(),
  updatedAt: when,
  version: z.number().int(),
});

export const slotListSchema = z.object({
  advisorTimeZone: z.string(),
  startupTimeZone: z.string(),
  meetingMinutes: z.number().int(),
  slots: z.array(
    z.object({ startsAt: when, endsAt: when, local: bothZones.describe('The start in each party’s zone') }),
  ),
});

export const meetingSchema = z.object({
  id: z.string(),
  introductionId: z.string(),
  status: z.enum(MEETING_STATUSES),
  startsAt: when,
  endsAt: when,
  timeZones: bothZones,
  local: z.object({ startsAt: bothZones, endsAt: bothZones }),
  agenda: z.string(),
  place: meetingPlaceSchema,
  bookedBy: party,
  bookedAt: when,
  proposals: z.array(z.object({ startsAt: when, local: bothZones })),
  changes: z.array(z.object({ by: party, reason: z.string(), at: when, previousStartsAt: when.optional() })),
  outcomes: z.array(z.object({ by: party, outcome: z.enum(OUTCOMES), note: z.string(), at: when })),
  sequence: z.number().int(),
  invite: z.string().describe('Path of the meeting’s iCalendar invite'),
});
export const meetingListSchema = z.object({ items: z.array(meetingSchema) });

export const calendarFeedSchema = z.object({
  url: z.string().describe('The private feed path; it is the credential, keep it secret'),
});
export const calendarSchema = z.string().describe('iCalendar (RFC 5545)');
