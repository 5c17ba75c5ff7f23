import type { StaffRole, Actor } from '@jisr/auth';
import { notForYourRole } from '../profile-errors';

const holds = (actor: Actor, role: StaffRole): boolean =>
  actor.role === 'council' && (actor.staffRoles ?? []).includes(role);

/** Staff actions are refused in the domain too, not only by the route's role guard. */
export function assertStaffRole(actor: Actor, ...roles: readonly StaffRole[]): void {
  if (!roles.some((role) => holds(actor, role))) throw notForYourRole();
}

/** Roles that see every startup; a centre-coordinator without one of them sees only their centres'. */
const PROGRAMME_WIDE: readonly StaffRole[] = ['admin', 'programme-manager', 'verifier', 'observer'];

/**
 * The centres whose startups this member of staff may see, or null for no limit (startups,
 * advisors and programme-wide staff are limited elsewhere, by ownership or not at all).
 */
export function centreScopeOf(actor: Actor): readonly string[] | null {
  if (actor.role !== 'council' || PROGRAMME_WIDE.some((role) => holds(actor, role))) return null;
  return holds(actor, 'centre-coordinator') ? (actor.centreIds ?? []) : [];
}
