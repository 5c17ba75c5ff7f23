import type { ProfileContext, Trace } from '../profile-context';
import { notForYourRole } from '../profile-errors';
import type { TrainingActor } from './training-access';
import { alreadyRegistered, notRegistered, sessionFull, sessionStarted } from './training-errors';
import { changeRoster, startupInProgramme, type SessionContext } from './training-lookup';
import { capacityOf, holdsSeat, type TrainingRoster } from './training-roster';
import { viewSessionFor, type StartupSessionView } from './training-views';

const started = ({ session }: SessionContext, now: Date): boolean =>
  Date.parse(session.startsAt) <= now.getTime();

/** The session as the startup sees it after a change. */
export const asStartupSees =
  (startupId: string) =>
  ({ phaseId, session }: SessionContext, saved: TrainingRoster): StartupSessionView =>
    viewSessionFor(startupId, phaseId, session, saved);

/** A startup of the programme takes a seat, while seats remain and before the session starts. */
export function registerForSession(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  sessionId: string,
  trace: Trace,
): Promise<StartupSessionView> {
  if (actor.role !== 'startup') throw notForYourRole();
  const startupId = actor.sub;
  return changeRoster(
    ctx,
    programmeId,
    sessionId,
    trace,
    async (found, now, tx) => {
      const { cohortId } = (await startupInProgramme(tx, startupId, programmeId)).placement;
      if (holdsSeat(found.roster, startupId)) throw alreadyRegistered();
      if (started(found, now)) throw sessionStarted();
      if (found.roster.seats.length >= capacityOf(found.session)) throw sessionFull();
      const seat = { startupId, cohortId, registeredAt: now.toISOString() };
      return {
        roster: { ...found.roster, seats: [...found.roster.seats, seat] },
        facts: [{ type: 'progress.registered', startupId, cohortId }],
      };
    },
    asStartupSees(startupId),
  );
}

/** The startup gives its seat back, up to the session's start. */
export function cancelRegistration(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  sessionId: string,
  trace: Trace,
): Promise<StartupSessionView> {
  if (actor.role !== 'startup') throw notForYourRole();
  const startupId = actor.sub;
  return changeRoster(
    ctx,
    programmeId,
    sessionId,
    trace,
    (found, now) => {
      const seat = found.roster.seats.find((candidate) => candidate.startupId === startupId);
      if (seat === undefined) throw notRegistered();
      if (started(found, now)) throw sessionStarted();
      return {
        roster: { ...found.roster, seats: found.roster.seats.filter((candidate) => candidate !== seat) },
        facts: [{ type: 'progress.registration-cancelled', startupId, cohortId: seat.cohortId }],
      };
    },
    asStartupSees(startupId),
  );
}
