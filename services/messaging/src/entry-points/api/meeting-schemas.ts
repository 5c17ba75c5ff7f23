import { visibleText } from '@jisr/contracts';
import { limitSchema } from '@jisr/http-kit';
import { z } from 'zod';
import { meetingPlaceSchema, OUTCOMES } from '../../domain/meetings/meeting';

const text = (max: number) => visibleText({ kind: 'prose', max });
/** An instant with its offset (`Z` or `+02:00`); the server never guesses a zone. */
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const slotsQuery = z
  .object({ from: instant.optional(), to: instant.optional() })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    message: 'must be after from',
    path: ['to'],
  });
export const bookingBody = z
  .object({ startsAt: instant, agenda: text(2000), place: meetingPlaceSchema })
  .strict();
export const rescheduleBody = z.object({ startsAt: instant, reason: text(500) }).strict();
export const proposalBody = z.object({ times: z.array(instant).min(1).max(5) }).strict();
export const cancelBody = z.object({ reason: text(500) }).strict();
export const outcomeBody = z.object({ outcome: z.enum(OUTCOMES), note: text(1000) }).strict();
export const upcomingQuery = z.object({ limit: limitSchema(100) }).strict();
export const feedParams = z
  .object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, 'is not a calendar feed') })
  .strict();
