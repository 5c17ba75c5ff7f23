import type { Actor } from '../profile-context';
import { notYours } from '../profile-errors';
import { otherCentre } from './training-errors';

/** The actor as the governance contract has it: staff roles, and the centres a coordinator serves. */
export interface TrainingActor extends Actor {
  readonly staffRoles?: readonly string[];
  readonly centreIds?: readonly string[];
}

// A council account stored before roles existed acts as the programme's first lead (COMMON contract).
const FIRST_LEAD = ['admin', 'programme-manager', 'verifier'] as const;
const RUN_ANY_SESSION = new Set(['admin', 'programme-manager']);

const staffRolesOf = (actor: TrainingActor): readonly string[] => {
  if (actor.role !== 'council') return [];
  return actor.staffRoles !== undefined && actor.staffRoles.length > 0 ? actor.staffRoles : FIRST_LEAD;
};

/**
 * Who may record attendance and show check-in codes: a programme manager anywhere, a centre
 * coordinator only for sessions held at a centre they serve (an online-only session has no centre).
 */
export function assertMayRunSession(actor: TrainingActor, centreId: string | undefined): void {
  const roles = staffRolesOf(actor);
  if (roles.some((role) => RUN_ANY_SESSION.has(role))) return;
  if (!roles.includes('centre-coordinator')) throw notYours();
  if (centreId === undefined || !(actor.centreIds ?? []).includes(centreId)) throw otherCentre();
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
