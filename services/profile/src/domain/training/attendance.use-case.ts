import { recordAction } from '../audit/record-staff-action';
import type { ProfileContext, Trace } from '../profile-context';
import { notForYourRole } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { TrainingFact } from './progress-events';
import { asStartupSees } from './registration.use-case';
import { assertMayRunSession, type TrainingActor } from './training-access';
import { invalidCheckInCode, notRegistered, notRegisteredAttendees } from './training-errors';
import { changeRoster, onRoster, sessionIn } from './training-lookup';
import {
  CHECK_IN_CODE_TTL_MS,
  hasAttended,
  hashCode,
  randomCode,
  type Attendance,
  type TrainingRoster,
} from './training-roster';
import { viewRoster, type CheckInCodeView, type RosterView, type StartupSessionView } from './training-views';

async function namesOf(tx: ProfileTx, roster: TrainingRoster) {
  const names = new Map<string, RosterView['seats'][number]['name']>();
  for (const seat of roster.seats) {
    const startup = await tx.startups.get(seat.startupId);
    if (startup !== null) names.set(seat.startupId, startup.name);
  }
  return names;
}

/** Marks startups attended; attendance is only ever added, so the published facts never need taking back. */
function withAttendance(roster: TrainingRoster, entries: readonly Attendance[]) {
  const fresh = entries.filter(
    (entry, i) =>
      !hasAttended(roster, entry.startupId) &&
      entries.findIndex((e) => e.startupId === entry.startupId) === i,
  );
  const facts: TrainingFact[] = fresh.map(({ startupId, cohortId }) => ({
    type: 'progress.attended',
    startupId,
    cohortId,
  }));
  return { roster: { ...roster, attended: [...roster.attended, ...fresh] }, facts };
}

/** The roster of a session, for its coordinator. */
export function readRoster(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  sessionId: string,
): Promise<RosterView> {
  return ctx.store.transaction(async (tx) => {
    const { phaseId, session, roster } = await sessionIn(tx, programmeId, sessionId);
    assertMayRunSession(actor, session.centreId);
    return viewRoster(phaseId, session, roster, await namesOf(tx, roster));
  });
}

/** The coordinator ticks the registered startups who came. */
export function recordAttendance(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  sessionId: string,
  startupIds: readonly string[],
  trace: Trace,
): Promise<RosterView> {
  return changeRoster(
    ctx,
    programmeId,
    sessionId,
    trace,
    async ({ session, roster }, now, tx) => {
      assertMayRunSession(actor, session.centreId);
      const seats = startupIds.map((startupId) => roster.seats.find((seat) => seat.startupId === startupId));
      const unknown = seats.flatMap((seat, i) => (seat === undefined ? [`body.startupIds.${i}`] : []));
      if (unknown.length > 0) throw notRegisteredAttendees(unknown);
      const at = now.toISOString();
      const entries = seats.flatMap((seat) =>
        seat === undefined
          ? []
          : [{ startupId: seat.startupId, cohortId: seat.cohortId, at, via: 'coordinator' as const }],
      );
      const change = withAttendance(roster, entries);
      const target = { type: 'training-session', id: roster.id };
      const before = { attended: roster.attended };
      const after = { attended: change.roster.attended };
      await recordAction(tx, actor, { action: 'training.attendance-record', target, before, after }, now);
      return change;
    },
    async ({ phaseId, session }, saved, tx) => viewRoster(phaseId, session, saved, await namesOf(tx, saved)),
  );
}

/** A new check-in code for the session; the one before it stops working at once. */
export function issueCheckInCode(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  sessionId: string,
): Promise<CheckInCodeView> {
  const now = ctx.clock.now();
  const code = randomCode(6);
  const expiresAt = new Date(now.getTime() + CHECK_IN_CODE_TTL_MS).toISOString();
  return onRoster(ctx.store, async (tx) => {
    const { session, roster } = await sessionIn(tx, programmeId, sessionId);
    assertMayRunSession(actor, session.centreId);
    await tx.training.rosters.save({ ...roster, checkIn: { codeHash: hashCode(code), expiresAt } });
    // That a code was issued and until when; never the code (nor its hash).
    const target = { type: 'training-session', id: roster.id };
    await recordAction(tx, actor, { action: 'training.check-in-code', target, after: { expiresAt } }, now);
    return { code, expiresAt };
  });
}

/** A registered startup checks itself in with the code shown in the room. */
export function checkIn(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  sessionId: string,
  code: string,
  trace: Trace,
): Promise<StartupSessionView> {
  if (actor.role !== 'startup') throw notForYourRole();
  return changeRoster(
    ctx,
    programmeId,
    sessionId,
    trace,
    ({ roster }, now) => {
      const seat = roster.seats.find((candidate) => candidate.startupId === actor.sub);
      if (seat === undefined) throw notRegistered();
      const live = roster.checkIn !== null && Date.parse(roster.checkIn.expiresAt) > now.getTime();
      if (!live || roster.checkIn?.codeHash !== hashCode(code)) throw invalidCheckInCode();
      const { startupId, cohortId } = seat;
      return withAttendance(roster, [{ startupId, cohortId, at: now.toISOString(), via: 'check-in-code' }]);
    },
    asStartupSees(actor.sub),
  );
}
