import { createHash, randomInt } from 'node:crypto';
import type { Programme } from '../programmes/programme';

/** Seats of a session whose programme does not say; a room at a centre seats about this many. */
export const DEFAULT_SESSION_CAPACITY = 30;
/** A check-in code is shown in the room; it stops working soon after, so it cannot be passed on later. */
export const CHECK_IN_CODE_TTL_MS = 15 * 60_000;

type Phase = Programme['phases'][number];
export type TrainingSession = Phase['trainingSessions'][number];

export interface Seat {
  readonly startupId: string;
  readonly cohortId: string | null;
  readonly registeredAt: string;
}

export interface Attendance {
  readonly startupId: string;
  readonly cohortId: string | null;
  readonly at: string;
  readonly via: 'coordinator' | 'check-in-code';
}

/**
 * Who holds a seat in one training session and who attended. One document per session, so two
 * registrations racing for the last seat touch the same version and only one of them commits.
 */
export interface TrainingRoster {
  readonly id: string;
  readonly version: number;
  readonly programmeId: string;
  readonly phaseId: string;
  readonly sessionId: string;
  readonly seats: readonly Seat[];
  readonly attended: readonly Attendance[];
  /** Only a hash of the live check-in code is kept. */
  readonly checkIn: { readonly codeHash: string; readonly expiresAt: string } | null;
  readonly eventVersion: number;
}

export const rosterId = (programmeId: string, sessionId: string): string => `${programmeId}~${sessionId}`;

export const emptyRoster = (programmeId: string, phaseId: string, sessionId: string): TrainingRoster => ({
  id: rosterId(programmeId, sessionId),
  version: 0,
  programmeId,
  phaseId,
  sessionId,
  seats: [],
  attended: [],
  checkIn: null,
  eventVersion: 0,
});

export const capacityOf = (session: TrainingSession): number => session.capacity ?? DEFAULT_SESSION_CAPACITY;

export const holdsSeat = (roster: TrainingRoster, startupId: string): boolean =>
  roster.seats.some((seat) => seat.startupId === startupId);

export const hasAttended = (roster: TrainingRoster, startupId: string): boolean =>
  roster.attended.some((entry) => entry.startupId === startupId);

/** The phase and session of a programme with this session id, or null. */
export function sessionOf(
  programme: Programme,
  sessionId: string,
): { phase: Phase; session: TrainingSession } | null {
  for (const phase of programme.phases) {
    const session = phase.trainingSessions.find((candidate) => candidate.sessionId === sessionId);
    if (session !== undefined) return { phase, session };
  }
  return null;
}

// No 0/O or 1/I/L: the code is read off a screen in a room and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const randomCode = (length: number): string =>
  Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** Codes are compared case-insensitively and without spaces or dashes, as people type them. */
export const hashCode = (code: string): string =>
  createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');
