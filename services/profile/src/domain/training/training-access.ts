import type { Actor } from '@jisr/auth';
import { visibleOrMissing } from '@jisr/errors';
import { notForYourRole } from '../profile-errors';
import { sessionNotFound } from './training-errors';

/** The actor as the governance contract has it: staff roles, and the centres a coordinator serves (on Actor). */
export type TrainingActor = Actor;

// Programme managers run every session; the token already holds the bootstrap set for old staff accounts.
const RUN_ANY_SESSION = new Set(['programme-manager']);

const staffRolesOf = (actor: TrainingActor): readonly string[] =>
  actor.role === 'council' ? (actor.staffRoles ?? []) : [];

/**
 * Who may record attendance and show check-in codes: a programme manager anywhere, a centre
 * coordinator only for sessions held at a centre they serve (an online-only session has no centre).
 */
export function assertMayRunSession(actor: TrainingActor, centreId: string | undefined): void {
  const roles = staffRolesOf(actor);
  if (roles.some((role) => RUN_ANY_SESSION.has(role))) return;
  if (!roles.includes('centre-coordinator')) throw notForYourRole();
  // Another centre's session answers as a missing one, so its id is not confirmed.
  visibleOrMissing(centreId !== undefined && (actor.centreIds ?? []).includes(centreId), sessionNotFound);
}

/** Whether the actor may run this session, for listings that show only their own. */
export function mayRunSession(actor: TrainingActor, centreId: string | undefined): boolean {
  try {
    assertMayRunSession(actor, centreId);
    return true;
  } catch {
    return false;
  }
}
