import { visibleOrMissing } from '@jisr/errors';
import { hasStaffRole, type Principal, type StaffRole } from '@jisr/auth';
import { notForYourRole, profileNotFound } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { StartupProfile } from '../startups/startup-profile';
import type { ConfirmerKind } from './milestone';

/** Who asks, as the verified token says: the account, its kind, and a staff member's roles and centres. */
export type ProgressActor = Pick<Principal, 'sub' | 'role' | 'staffRoles' | 'centreIds'>;

/** Staff-only actions are refused in the domain too, not only by the route's role guard. */
export function assertStaffRole(actor: ProgressActor, role: StaffRole): void {
  if (!hasStaffRole(actor, role)) throw notForYourRole();
}

/** Staff who follow every startup's progress read-only (the pipeline, reports). */
export const readsAllProgress = (actor: ProgressActor): boolean =>
  hasStaffRole(actor, 'programme-manager') || hasStaffRole(actor, 'observer');

export const coordinatesCentreOf = (actor: ProgressActor, startup: StartupProfile): boolean =>
  hasStaffRole(actor, 'centre-coordinator') &&
  startup.placement.centreId !== null &&
  (actor.centreIds ?? []).includes(startup.placement.centreId);

/** The startup's own mentor or a coordinator of its centre; null for anyone else. */
export async function confirmerKind(
  tx: ProfileTx,
  actor: ProgressActor,
  startup: StartupProfile,
): Promise<ConfirmerKind | null> {
  if (actor.role === 'advisor' && (await tx.milestones.mentorships.activeBetween(actor.sub, startup.id))) {
    return 'mentor';
  }
  return coordinatesCentreOf(actor, startup) ? 'centre-coordinator' : null;
}

export const ownsStartup = (actor: ProgressActor, startupId: string): boolean =>
  actor.role === 'startup' && actor.sub === startupId;

/** The startup, those who may confirm its milestones, and staff who follow progress; a missing profile to anyone else. */
export async function assertMayFollow(
  tx: ProfileTx,
  actor: ProgressActor,
  startup: StartupProfile,
): Promise<void> {
  if (ownsStartup(actor, startup.id) || readsAllProgress(actor)) return;
  visibleOrMissing((await confirmerKind(tx, actor, startup)) !== null, profileNotFound);
}
