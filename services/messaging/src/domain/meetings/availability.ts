import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Bookings claim storage units of this many minutes, so every time on the booking grid (office
 * hours, lengths, buffers) is a multiple of it; that is what lets storage refuse overlaps.
 */
export const SLOT_UNIT_MINUTES = 15;
export const MEETING_LENGTHS = [30, 45, 60] as const;
export const BUFFER_MINUTES = [0, 15, 30, 45, 60] as const;

const quarterHour = z
  .string()
  .regex(/^([01]\d|2[0-3]):(00|15|30|45)$|^24:00$/, 'must be HH:MM on a quarter hour (00:00–24:00)');

const endsAfterStart = { message: 'must end after it starts', path: ['end'] };
const inOrder = (r: { start: string; end: string }): boolean => r.start < r.end;
const hoursRange = z
  .object({ start: quarterHour, end: quarterHour })
  .strict()
  .refine(inOrder, endsAfterStart);
const weeklyHours = z
  .object({ weekday: z.number().int().min(1).max(7), start: quarterHour, end: quarterHour })
  .strict()
  .refine(inOrder, endsAfterStart);

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => IANAZone.isValidZone(zone), 'is not an IANA time zone');

/** An advisor's office hours as they edit them; the single source of its shape. */
export const availabilityInputSchema = z
  .object({
    timeZone: timeZoneSchema,
    /** ISO weekdays: 1 = Monday … 7 = Sunday, in the advisor's zone. */
    weekly: z.array(weeklyHours).max(50),
    /** A date's hours replace its weekly hours; an empty list makes the day unavailable. */
    overrides: z
      .array(z.object({ date: z.iso.date(), hours: z.array(hoursRange).max(10) }).strict())
      .max(366)
      .refine((list) => new Set(list.map((o) => o.date)).size === list.length, 'has a date twice'),
    meetingMinutes: z.union(MEETING_LENGTHS.map((n) => z.literal(n))),
    bufferMinutes: z.union(BUFFER_MINUTES.map((n) => z.literal(n))),
    minimumNoticeHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14),
    horizonDays: z.number().int().min(1).max(365),
  })
  .strict();

export type AvailabilityInput = z.infer<typeof availabilityInputSchema>;
export type HoursRange = { readonly start: string; readonly end: string };

/** One advisor's availability as stored; its id is the advisor's account id. */
export interface Availability extends AvailabilityInput {
  readonly id: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** What an advisor who never set office hours offers: nothing, in their profile's zone. */
export const noAvailability = (advisorId: string, timeZone: string): Availability => ({
  id: advisorId,
  timeZone,
  weekly: [],
  overrides: [],
  meetingMinutes: 30,
  bufferMinutes: 0,
  minimumNoticeHours: 24,
  horizonDays: 30,
  updatedAt: new Date(0).toISOString(),
  version: 0,
});
