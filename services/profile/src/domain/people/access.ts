import type { Actor } from '@jisr/auth';
import { visibleOrMissing, type AppError } from '@jisr/errors';
import { notForYourRole, profileNotFound, wrongRoleForProfile } from '../profile-errors';

/** The owner or the council; anyone else is told it does not exist (`missing`), as for an unknown id. */
export function assertOwnerOrCouncil(
  actor: Actor,
  ownerId: string,
  missing: () => AppError = profileNotFound,
): void {
  visibleOrMissing(actor.role === 'council' || actor.sub === ownerId, missing);
}

/** A profile of this kind may belong only to an account of that role. */
export function assertHoldsKind(role: string, kind: 'startup' | 'advisor'): void {
  if (role !== kind) throw wrongRoleForProfile(kind);
}

/** Council-only actions are refused in the domain too, not only by the route's role guard. */
export function assertCouncil(actor: Actor): void {
  if (actor.role !== 'council') throw notForYourRole();
}
