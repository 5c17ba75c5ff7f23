import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { CSRF_HEADER, dataOf } from '../../../lib/api-client';

// Messaging does not publish an OpenAPI document yet; until it does, zod checks its answers here.
const slotSchema = z.object({ startsAt: z.string(), endsAt: z.string() });
export const slotListSchema = z.object({
  advisorTimeZone: z.string(),
  startupTimeZone: z.string(),
  meetingMinutes: z.number(),
  slots: z.array(slotSchema),
});
export type SlotList = z.infer<typeof slotListSchema>;

const party = z.enum(['startup', 'advisor']);
export const meetingSchema = z.object({
  id: z.string(),
  introductionId: z.string(),
  status: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZones: z.object({ startup: z.string(), advisor: z.string() }),
  agenda: z.string(),
  place: z.union([
    z.object({ kind: z.literal('centre'), centre: z.string() }),
    z.object({ kind: z.literal('online'), url: z.string() }),
  ]),
  invite: z.string(),
  proposals: z.array(z.object({ startsAt: z.string() })),
  changes: z.array(z.object({ by: party, reason: z.string(), at: z.string() })),
  outcomes: z.array(z.object({ by: party, outcome: z.string(), note: z.string() })),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const availabilitySchema = z.object({
  timeZone: z.string(),
  weekly: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() })),
  overrides: z.array(
    z.object({ date: z.string(), hours: z.array(z.object({ start: z.string(), end: z.string() })) }),
  ),
  meetingMinutes: z.number(),
  bufferMinutes: z.number(),
  minimumNoticeHours: z.number(),
  horizonDays: z.number(),
});
export type Availability = z.infer<typeof availabilitySchema>;

const messaging = async <T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(`/api/messaging${path}`, {
    ...init,
    credentials: 'same-origin',
    headers: {
      ...CSRF_HEADER,
      'accept-language': document.documentElement.lang || 'en',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
  });
  const body: unknown = response.headers.get('content-type')?.includes('json')
    ? await response.json()
    : undefined;
  return schema.parse(dataOf({ data: body, error: response.ok ? undefined : body, response }));
};

export const useSlots = (introductionId: string) =>
  useQuery({
    queryKey: ['meetings', 'slots', introductionId],
    queryFn: () => messaging(`/v1/introductions/${encodeURIComponent(introductionId)}/slots`, slotListSchema),
  });

export const useUpcomingMeetings = () =>
  useQuery({
    queryKey: ['meetings', 'upcoming'],
    queryFn: () => messaging('/v1/meetings', z.object({ items: z.array(meetingSchema) })),
  });

export interface BookingInput {
  readonly startsAt: string;
  readonly agenda: string;
  readonly place: Meeting['place'];
}

export function useBookMeeting(introductionId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: BookingInput) =>
      messaging(`/v1/introductions/${encodeURIComponent(introductionId)}/meetings`, meetingSchema, {
        method: 'POST',
        body: JSON.stringify(input),
      }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['meetings'] }),
  });
}

export const useAvailability = () =>
  useQuery({
    queryKey: ['meetings', 'availability'],
    queryFn: () => messaging('/v1/availability', availabilitySchema),
  });

export function useSaveAvailability() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: Availability) =>
      messaging('/v1/availability', availabilitySchema, { method: 'PUT', body: JSON.stringify(input) }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['meetings'] }),
  });
}
