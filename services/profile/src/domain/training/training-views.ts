import { localizedTextSchema } from '@jisr/contracts';
import { z } from 'zod';
import {
  capacityOf,
  hasAttended,
  holdsSeat,
  type TrainingRoster,
  type TrainingSession,
} from './training-roster';

const sessionFields = {
  programmeId: z.string(),
  phaseId: z.string(),
  sessionId: z.string(),
  title: localizedTextSchema,
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  centreId: z.string().optional(),
  online: z.boolean(),
  capacity: z.number().int(),
  seatsTaken: z.number().int(),
};

const sessionBase = (phaseId: string, session: TrainingSession, roster: TrainingRoster) => ({
  programmeId: roster.programmeId,
  phaseId,
  sessionId: session.sessionId,
  title: session.title,
  startsAt: session.startsAt,
  durationMinutes: session.durationMinutes,
  ...(session.centreId === undefined ? {} : { centreId: session.centreId }),
  online: session.online,
  capacity: capacityOf(session),
  seatsTaken: roster.seats.length,
});

/** A session as a startup of the programme sees it: seats left and its own registration. */
export const startupSessionViewSchema = z.object({
  ...sessionFields,
  registered: z.boolean(),
  attended: z.boolean(),
});
export type StartupSessionView = z.infer<typeof startupSessionViewSchema>;

export const viewSessionFor = (
  startupId: string,
  phaseId: string,
  session: TrainingSession,
  roster: TrainingRoster,
): StartupSessionView => ({
  ...sessionBase(phaseId, session, roster),
  registered: holdsSeat(roster, startupId),
  attended: hasAttended(roster, startupId),
});

/** A session as its coordinator sees it: who registered, who attended, whether a code is live. */
export const rosterViewSchema = z.object({
  ...sessionFields,
  seats: z.array(
    z.object({
      startupId: z.string(),
      name: z.object({ latin: z.string(), ar: z.string().optional() }),
      registeredAt: z.string(),
      attended: z.boolean(),
    }),
  ),
  checkInExpiresAt: z.string().nullable(),
});
export type RosterView = z.infer<typeof rosterViewSchema>;

export type StartupNames = ReadonlyMap<string, RosterView['seats'][number]['name']>;

export const viewRoster = (
  phaseId: string,
  session: TrainingSession,
  roster: TrainingRoster,
  names: StartupNames,
): RosterView => ({
  ...sessionBase(phaseId, session, roster),
  seats: roster.seats.map((seat) => ({
    startupId: seat.startupId,
    name: names.get(seat.startupId) ?? { latin: seat.startupId },
    registeredAt: seat.registeredAt,
    attended: hasAttended(roster, seat.startupId),
  })),
  checkInExpiresAt: roster.checkIn?.expiresAt ?? null,
});

/** A session in the coordinator's list: no names, just the counts. */
export const staffSessionViewSchema = z.object({ ...sessionFields, attendedCount: z.number().int() });
export type StaffSessionView = z.infer<typeof staffSessionViewSchema>;

export const viewStaffSession = (
  phaseId: string,
  session: TrainingSession,
  roster: TrainingRoster,
): StaffSessionView => ({ ...sessionBase(phaseId, session, roster), attendedCount: roster.attended.length });

export const checkInCodeViewSchema = z.object({ code: z.string(), expiresAt: z.string() });
export type CheckInCodeView = z.infer<typeof checkInCodeViewSchema>;
