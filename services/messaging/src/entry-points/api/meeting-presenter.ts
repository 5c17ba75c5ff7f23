import { DateTime } from 'luxon';
import type { Meeting } from '../../domain/meetings/meeting';

/** An instant as a wall time with offset in one person's zone, e.g. 2025-03-26T14:00:00+02:00. */
export const inZone = (iso: string, zone: string): string =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toISO({ suppressMilliseconds: true }) ?? iso;

/** Both parties see the same instants, each also in their own and the other side's zone. */
export function presentMeeting(m: Meeting) {
  const local = (iso: string) => ({
    startup: inZone(iso, m.startupTimeZone),
    advisor: inZone(iso, m.advisorTimeZone),
  });
  return {
    id: m.id,
    introductionId: m.introductionId,
    status: m.status,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZones: { startup: m.startupTimeZone, advisor: m.advisorTimeZone },
    local: { startsAt: local(m.startsAt), endsAt: local(m.endsAt) },
    agenda: m.agenda,
    place: m.place,
    bookedBy: m.bookedBy,
    bookedAt: m.bookedAt,
    proposals: m.proposals.map((at) => ({ startsAt: at, local: local(at) })),
    changes: m.changes,
    outcomes: m.outcomes,
    sequence: m.sequence,
    invite: `/v1/meetings/${m.id}/invite.ics`,
  };
}
