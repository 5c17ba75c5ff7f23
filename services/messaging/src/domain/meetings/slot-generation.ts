import { DateTime, Interval } from 'luxon';
import type { Availability, HoursRange } from './availability';

/** A bookable time: instants, with the meeting's length. Zones are applied only when shown. */
export interface Slot {
  readonly startsAt: string;
  readonly endsAt: string;
}

/** A time already taken, including the buffer the advisor wants after it. */
export interface Busy {
  readonly startsAt: string;
  readonly endsAt: string;
}

export interface SlotWindow {
  readonly from: Date;
  readonly to: Date;
}

const atLocal = (date: DateTime, hhmm: string): DateTime => {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  // 24:00 is the end of the day; luxon resolves a wall time inside a DST gap forwards.
  return hour === 24
    ? date.plus({ days: 1 }).startOf('day')
    : date.set({ hour, minute, second: 0, millisecond: 0 });
};

/** The office hours of one calendar date in the advisor's zone: an override replaces the weekly hours. */
export const hoursOn = (availability: Availability, date: DateTime): readonly HoursRange[] => {
  const iso = date.toISODate();
  const override = availability.overrides.find((o) => o.date === iso);
  if (override !== undefined) return override.hours;
  return availability.weekly.filter((w) => w.weekday === date.weekday);
};

/**
 * The free slots of an advisor inside `window`, after the minimum notice and before the horizon.
 * Days are walked in the advisor's IANA zone, so office hours keep their wall-clock times across
 * daylight-saving changes; slots follow each other by the meeting length plus the buffer, and a
 * slot is free when it and its buffer overlap nothing already booked.
 */
export function freeSlots(
  availability: Availability,
  busy: readonly Busy[],
  now: Date,
  window: SlotWindow,
): Slot[] {
  const zone = availability.timeZone;
  const earliest = DateTime.fromJSDate(now).plus({ hours: availability.minimumNoticeHours });
  const latest = DateTime.fromJSDate(now).plus({ days: availability.horizonDays });
  const from = DateTime.max(DateTime.fromJSDate(window.from), earliest);
  const to = DateTime.min(DateTime.fromJSDate(window.to), latest);
  if (from >= to) return [];
  const taken = busy.map((b) =>
    Interval.fromDateTimes(DateTime.fromISO(b.startsAt), DateTime.fromISO(b.endsAt)),
  );
  const length = { minutes: availability.meetingMinutes };
  const step = { minutes: availability.meetingMinutes + availability.bufferMinutes };
  const slots: Slot[] = [];
  const lastDay = to.setZone(zone).startOf('day');
  for (let day = from.setZone(zone).startOf('day'); day <= lastDay; day = day.plus({ days: 1 })) {
    for (const hours of hoursOn(availability, day)) {
      const close = atLocal(day, hours.end);
      for (let start = atLocal(day, hours.start); start.plus(length) <= close; start = start.plus(step)) {
        const end = start.plus(length);
        const claim = Interval.fromDateTimes(start, end.plus({ minutes: availability.bufferMinutes }));
        if (start < from || end > to || taken.some((t) => t.overlaps(claim))) continue;
        slots.push({ startsAt: start.toUTC().toISO()!, endsAt: end.toUTC().toISO()! });
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Whether `startsAt` is exactly one of the free slots (what a booking must be, unless proposed). */
export const isFreeSlot = (
  availability: Availability,
  busy: readonly Busy[],
  now: Date,
  startsAt: Date,
): Slot | null => {
  const window = { from: startsAt, to: new Date(startsAt.getTime() + availability.meetingMinutes * 60_000) };
  const iso = DateTime.fromJSDate(startsAt).toUTC().toISO();
  return freeSlots(availability, busy, now, window).find((s) => s.startsAt === iso) ?? null;
};
