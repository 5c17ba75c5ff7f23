import type { Arrived, Instance, Reply } from './harness';

/** Tuesday 14:00–17:00 in Istanbul, hour-long meetings, no notice: the next Tuesday is 2025-03-04. */
export const TUESDAY_OFFICE_HOURS = {
  timeZone: 'Europe/Istanbul',
  weekly: [{ weekday: 2, start: '14:00', end: '17:00' }],
  overrides: [],
  meetingMinutes: 60,
  bufferMinutes: 0,
  minimumNoticeHours: 0,
  horizonDays: 30,
};
/** 14:00 in Istanbul, 13:00 in Tripoli. */
export const FIRST_SLOT = '2025-03-04T11:00:00.000Z';
export const SECOND_SLOT = '2025-03-04T12:00:00.000Z';

export const aBooking = (startsAt = FIRST_SLOT) => ({
  startsAt,
  agenda: 'Cold-chain financing: which investors to approach first',
  place: { kind: 'online', url: 'https://meet.jisr.example/room-7' },
});

export async function officeHours(
  messaging: Instance,
  advisor: string,
  hours: object = TUESDAY_OFFICE_HOURS,
) {
  const reply = await messaging.call('PUT', '/v1/availability', advisor, hours);
  if (reply.status !== 200) throw new Error(`setting office hours answered ${reply.status}`);
}

export async function aBookedMeeting(
  messaging: Instance,
  intro: Arrived,
  startsAt = FIRST_SLOT,
): Promise<Reply> {
  await officeHours(messaging, intro.advisor);
  const booked = await messaging.call(
    'POST',
    `/v1/introductions/${intro.introductionId}/meetings`,
    intro.startup,
    aBooking(startsAt),
  );
  if (booked.status !== 201)
    throw new Error(`booking answered ${booked.status}: ${JSON.stringify(booked.body)}`);
  return booked;
}

/** Reads a calendar file as any calendar app would, with an independent parser (ical.js). */
export async function downloadCalendar(url: string, path: string, token: string | null) {
  const res = await fetch(
    `${url}${path}`,
    token === null ? {} : { headers: { authorization: `Bearer ${token}` } },
  );
  const text = await res.text();
  if (res.status !== 200)
    return { status: res.status, type: res.headers.get('content-type'), text, events: [], method: null };
  // ical.js is an ES module; a dynamic import is how this CommonJS test reaches it.
  const { default: ICAL } = await import('ical.js');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: String(vevent.getFirstPropertyValue('status')),
    };
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    text,
    events,
    method: String(calendar.getFirstPropertyValue('method')),
  };
}
