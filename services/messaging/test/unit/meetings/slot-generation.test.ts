import { DateTime } from 'luxon';
import type { Availability } from '../../../src/domain/meetings/availability';
import { freeSlots, type Busy } from '../../../src/domain/meetings/slot-generation';

const anAvailability = (overrides: Partial<Availability> = {}): Availability => ({
  id: 'advisor-1',
  timeZone: 'Europe/Istanbul',
  weekly: [{ weekday: 2, start: '14:00', end: '17:00' }],
  overrides: [],
  meetingMinutes: 60,
  bufferMinutes: 0,
  minimumNoticeHours: 0,
  horizonDays: 60,
  updatedAt: '2025-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const starts = (slots: readonly { startsAt: string }[]) => slots.map((s) => s.startsAt);
/** How the startup sees a slot: the wall time in its own zone. */
const wallTime = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('ccc HH:mm');

describe('free slots', () => {
  const now = new Date('2025-03-01T00:00:00Z');

  test('when an advisor in Istanbul keeps Tuesday 14:00–17:00, then a startup in Tripoli sees 13:00, 14:00 and 15:00', () => {
    const slots = freeSlots(
      anAvailability(),
      [],
      now,
      window('2025-03-03T00:00:00Z', '2025-03-05T00:00:00Z'),
    );

    expect(starts(slots)).toEqual([
      '2025-03-04T11:00:00.000Z',
      '2025-03-04T12:00:00.000Z',
      '2025-03-04T13:00:00.000Z',
    ]);
    expect(slots.map((s) => wallTime(s.startsAt, 'Africa/Tripoli'))).toEqual([
      'Tue 13:00',
      'Tue 14:00',
      'Tue 15:00',
    ]);
    expect(slots.map((s) => wallTime(s.startsAt, 'Europe/Istanbul'))).toEqual([
      'Tue 14:00',
      'Tue 15:00',
      'Tue 16:00',
    ]);
  });

  test('when Berlin moves to summer time in late March, then its 10:00 office hour moves an hour earlier in Tripoli', () => {
    const berlin = anAvailability({
      timeZone: 'Europe/Berlin',
      weekly: [{ weekday: 1, start: '10:00', end: '11:00' }],
    });

    const slots = freeSlots(berlin, [], now, window('2025-03-23T00:00:00Z', '2025-04-01T00:00:00Z'));

    expect(starts(slots)).toEqual(['2025-03-24T09:00:00.000Z', '2025-03-31T08:00:00.000Z']);
    expect(slots.map((s) => wallTime(s.startsAt, 'Europe/Berlin'))).toEqual(['Mon 10:00', 'Mon 10:00']);
    expect(slots.map((s) => wallTime(s.startsAt, 'Africa/Tripoli'))).toEqual(['Mon 11:00', 'Mon 10:00']);
  });

  test('when office hours span the hour that does not exist on the night of the change, then only real hours are offered', () => {
    const night = anAvailability({
      timeZone: 'Europe/Berlin',
      weekly: [{ weekday: 7, start: '01:00', end: '04:00' }],
    });

    const slots = freeSlots(night, [], now, window('2025-03-30T00:00:00Z', '2025-03-31T00:00:00Z'));

    // 01:00 CET and 03:00 CEST: three wall-clock hours are two real ones, each slot a full 60 minutes.
    expect(starts(slots)).toEqual(['2025-03-30T00:00:00.000Z', '2025-03-30T01:00:00.000Z']);
    expect(slots.map((s) => Date.parse(s.endsAt) - Date.parse(s.startsAt))).toEqual([3_600_000, 3_600_000]);
  });

  test('when a date override has no hours, then that day offers nothing while the next week still does', () => {
    const away = anAvailability({ overrides: [{ date: '2025-03-04', hours: [] }] });

    const slots = freeSlots(away, [], now, window('2025-03-03T00:00:00Z', '2025-03-12T00:00:00Z'));

    expect(starts(slots).every((s) => s.startsWith('2025-03-11'))).toBe(true);
    expect(slots).toHaveLength(3);
  });

  test('when a date override adds hours on a day without office hours, then those hours are offered', () => {
    const extra = anAvailability({
      overrides: [{ date: '2025-03-06', hours: [{ start: '09:00', end: '10:00' }] }],
    });

    const slots = freeSlots(extra, [], now, window('2025-03-06T00:00:00Z', '2025-03-07T00:00:00Z'));

    expect(starts(slots)).toEqual(['2025-03-06T06:00:00.000Z']);
  });

  test('when a buffer is set, then slots are spaced by it and a booking blocks its buffer too', () => {
    const buffered = anAvailability({
      meetingMinutes: 30,
      bufferMinutes: 15,
      weekly: [{ weekday: 2, start: '14:00', end: '16:00' }],
    });
    const tuesday = window('2025-03-04T00:00:00Z', '2025-03-05T00:00:00Z');
    // A meeting moved to 14:30–15:00 (a proposed time) holds the advisor until 15:15.
    const busy: Busy[] = [{ startsAt: '2025-03-04T11:30:00.000Z', endsAt: '2025-03-04T12:15:00.000Z' }];

    const open = freeSlots(buffered, [], now, tuesday);
    const around = freeSlots(buffered, busy, now, tuesday);

    expect(open.map((s) => wallTime(s.startsAt, 'Europe/Istanbul'))).toEqual([
      'Tue 14:00',
      'Tue 14:45',
      'Tue 15:30',
    ]);
    expect(around.map((s) => wallTime(s.startsAt, 'Europe/Istanbul'))).toEqual(['Tue 15:30']);
  });

  test('when the minimum notice reaches into office hours, then only slots after it are offered', () => {
    const notice = anAvailability({ minimumNoticeHours: 2 });
    const tuesday = window('2025-03-04T00:00:00Z', '2025-03-05T00:00:00Z');

    const early = freeSlots(notice, [], new Date('2025-03-04T09:00:00Z'), tuesday);
    const late = freeSlots(notice, [], new Date('2025-03-04T09:30:00Z'), tuesday);

    expect(early).toHaveLength(3);
    expect(late.map((s) => wallTime(s.startsAt, 'Europe/Istanbul'))).toEqual(['Tue 15:00', 'Tue 16:00']);
  });

  test('when the window reaches past the booking horizon, then nothing beyond the horizon is offered', () => {
    const week = anAvailability({ horizonDays: 7 });

    const slots = freeSlots(
      week,
      [],
      new Date('2025-03-03T00:00:00Z'),
      window('2025-03-03T00:00:00Z', '2025-03-20T00:00:00Z'),
    );

    expect(new Set(starts(slots).map((s) => s.slice(0, 10)))).toEqual(new Set(['2025-03-04']));
  });
});
