import { ConflictError } from '@jisr/errors';
import type { Programme } from '../programmes/programme';
import { programmeNotFound } from '../profile-errors';
import type { ProfileContext, Trace } from '../profile-context';
import type { ProfileStore, ProfileTx } from '../profile-store.port';
import { saveRoster, type TrainingFact } from './progress-events';
import type { StartupProfile } from '../startups/startup-profile';
import { notInProgramme, sessionNotFound } from './training-errors';
import {
  emptyRoster,
  rosterId,
  sessionOf,
  type TrainingRoster,
  type TrainingSession,
} from './training-roster';

export interface SessionContext {
  readonly programme: Programme;
  readonly phaseId: string;
  readonly session: TrainingSession;
  readonly roster: TrainingRoster;
}

/** The session, its programme and its roster (empty until someone registers). */
export async function sessionIn(
  tx: ProfileTx,
  programmeId: string,
  sessionId: string,
): Promise<SessionContext> {
  const programme = await tx.programmes.get(programmeId);
  if (programme === null) throw programmeNotFound();
  const found = sessionOf(programme, sessionId);
  if (found === null) throw sessionNotFound();
  const roster =
    (await tx.training.rosters.get(rosterId(programmeId, sessionId))) ??
    emptyRoster(programmeId, found.phase.phaseId, sessionId);
  return { programme, phaseId: found.phase.phaseId, session: found.session, roster };
}

/** The startup's profile, if the council placed it in this programme; refused otherwise. */
export async function startupInProgramme(
  tx: ProfileTx,
  startupId: string,
  programmeId: string,
): Promise<StartupProfile> {
  const startup = await tx.startups.get(startupId);
  if (startup === null || startup.deactivated || startup.placement.programmeId !== programmeId) {
    throw notInProgramme();
  }
  return startup;
}

const ATTEMPTS = 5;

/**
 * Runs a roster transaction again when a concurrent one changed the same roster first, so racing
 * registrations are decided one after the other (and the last seat goes to exactly one of them).
 */
export async function onRoster<R>(store: ProfileStore, work: (tx: ProfileTx) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.transaction(work);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

export interface RosterChange {
  readonly roster: TrainingRoster;
  readonly facts: readonly TrainingFact[];
}

/**
 * One change to a session's roster: `change` decides from the session as stored now; the roster is
 * saved with its facts published, and retried if a concurrent change got there first.
 */
export function changeRoster<R>(
  ctx: ProfileContext,
  programmeId: string,
  sessionId: string,
  trace: Trace,
  change: (found: SessionContext, now: Date, tx: ProfileTx) => RosterChange | Promise<RosterChange>,
  view: (found: SessionContext, saved: TrainingRoster, tx: ProfileTx) => R | Promise<R>,
): Promise<R> {
  const now = ctx.clock.now();
  return onRoster(ctx.store, async (tx) => {
    const found = await sessionIn(tx, programmeId, sessionId);
    const { roster, facts } = await change(found, now, tx);
    const saved = await saveRoster(tx, roster, found.session.centreId, facts, now, trace);
    return view(found, saved, tx);
  });
}
