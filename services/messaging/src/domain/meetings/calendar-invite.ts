import { proficiencyLevel, type LanguageSkill, type Locale } from '@jisr/contracts';
import { createEvents, type EventAttributes } from 'ics';
import type { Meeting } from './meeting';

const TITLE: Record<Locale, string> = {
  ar: 'اجتماع جسر',
  tr: 'Jisr toplantısı',
  en: 'Jisr meeting',
};
const LOCALES: readonly Locale[] = ['ar', 'tr', 'en'];

/** The language a person reads best among the app's three; English when none is known. */
export const preferredLocale = (languages: readonly LanguageSkill[] | undefined): Locale => {
  const ranked = [...(languages ?? [])]
    .filter((l): l is LanguageSkill & { code: Locale } => (LOCALES as readonly string[]).includes(l.code))
    .sort((a, b) => proficiencyLevel(b.proficiency) - proficiencyLevel(a.proficiency));
  return ranked[0]?.code ?? 'en';
};

/** One VEVENT; the UID never changes, SEQUENCE rises with every change attendees must apply. */
const eventOf = (meeting: Meeting, locale: Locale): EventAttributes => ({
  uid: `${meeting.id}@jisr`,
  sequence: meeting.sequence,
  start: Date.parse(meeting.startsAt),
  startInputType: 'utc',
  startOutputType: 'utc',
  end: Date.parse(meeting.endsAt),
  endInputType: 'utc',
  endOutputType: 'utc',
  title: TITLE[locale],
  description: meeting.agenda,
  location: meeting.place.kind === 'centre' ? meeting.place.centre : meeting.place.url,
  ...(meeting.place.kind === 'online' ? { url: meeting.place.url } : {}),
  status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  busyStatus: 'BUSY',
  lastModified: Date.parse(meeting.changes.at(-1)?.at ?? meeting.bookedAt),
});

const render = (
  events: EventAttributes[],
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH',
  calName?: string,
): string => {
  const { error, value } = createEvents(events, {
    productId: '-//Jisr//Meetings//EN',
    method,
    ...(calName === undefined ? {} : { calName }),
  });
  if (error !== null || value === null) throw error ?? new Error('the calendar could not be written');
  return value;
};

/** The invite for one meeting (RFC 5545): a request while it stands, METHOD:CANCEL once cancelled. */
export const meetingInvite = (meeting: Meeting, locale: Locale): string =>
  render([eventOf(meeting, locale)], meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST');

/** A subscribed calendar of a person's meetings. */
export const meetingFeed = (meetings: readonly Meeting[], locale: Locale): string =>
  render(
    meetings.map((m) => eventOf(m, locale)),
    'PUBLISH',
    TITLE[locale],
  );
