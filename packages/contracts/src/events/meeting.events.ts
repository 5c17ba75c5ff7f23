import { z } from 'zod';
import { entityIdSchema } from './event-fields';

/** The parties are named so that consumers never need messaging's data to attribute a meeting. */
const meetingRef = {
  meetingId: entityIdSchema,
  introductionId: entityIdSchema,
  startupId: entityIdSchema,
  advisorId: entityIdSchema,
};
const when = { startsAt: z.iso.datetime(), endsAt: z.iso.datetime() };
const party = z.enum(['startup', 'advisor']);

export const meetingScheduledPayloadSchema = z.object({ ...meetingRef, ...when, by: party }).strict();
export type MeetingScheduledPayload = z.infer<typeof meetingScheduledPayloadSchema>;

export const meetingRescheduledPayloadSchema = z
  .object({ ...meetingRef, ...when, previousStartsAt: z.iso.datetime(), by: party })
  .strict();
export type MeetingRescheduledPayload = z.infer<typeof meetingRescheduledPayloadSchema>;

/** The reason stays in messaging: it is a person's words, which other services do not need. */
export const meetingCancelledPayloadSchema = z.object({ ...meetingRef, ...when, by: party }).strict();
export type MeetingCancelledPayload = z.infer<typeof meetingCancelledPayloadSchema>;

export const meetingHeldPayloadSchema = z.object({ ...meetingRef, ...when, by: party }).strict();
export type MeetingHeldPayload = z.infer<typeof meetingHeldPayloadSchema>;

export const meetingNoShowPayloadSchema = z.object({ ...meetingRef, ...when, by: party }).strict();
export type MeetingNoShowPayload = z.infer<typeof meetingNoShowPayloadSchema>;
