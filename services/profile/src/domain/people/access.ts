import type { Actor } from '../profile-context';
import { notYours, wrongRoleForProfile } from '../profile-errors';

/** The owner or the council; anyone else gets 403 whether or not the id exists. */
export function assertOwnerOrCouncil(actor: Actor, ownerId: string): void {
  if (actor.role !== 'council' && actor.sub !== ownerId) throw notYours();
}

/** A profile of this kind may belong only to an account of that role. */
export function assertHoldsKind(role: string, kind: 'startup' | 'advisor'): void {
  if (role !== kind) throw wrongRoleForProfile(kind);
}

/** Council-only actions are refused in the domain too, not only by the route's role guard. */
export function assertCouncil(actor: Actor): void {
  if (actor.role !== 'council') throw notYours();
}
