import { z } from 'zod';

/** Account kinds: `council` is a member of staff, whose powers come from their staff roles. */
export const ROLES = ['startup', 'advisor', 'council'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** What a member of staff may do; each grants only what that job needs (least privilege). */
export const STAFF_ROLES = [
  'admin',
  'programme-manager',
  'verifier',
  'centre-coordinator',
  'observer',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const staffRoleSchema = z.enum(STAFF_ROLES);

/** Who a route admits: startups and advisors by their account kind, staff by their staff roles. */
export type AccessRole = 'startup' | 'advisor' | StaffRole;
export const ACCESS_ROLES = ['startup', 'advisor', ...STAFF_ROLES] as const satisfies readonly AccessRole[];

/** The first admin of an installation (and any stored staff account without roles) runs everything at first. */
export const BOOTSTRAP_STAFF_ROLES = [
  'admin',
  'programme-manager',
  'verifier',
] as const satisfies readonly StaffRole[];

/** Who made the request, as proven by a verified access token. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
  /** The staff roles (claim `staff_roles`); empty for startups and advisors. */
  readonly staffRoles: readonly StaffRole[];
  /** The partner organisation a member of staff belongs to (claim `org`). */
  readonly organisationId?: string;
  /** The centres a centre-coordinator serves (claim `centres`). */
  readonly centreIds?: readonly string[];
  /**
   * False while the account's email address is unverified (claim `email_verified`): such a
   * person may sign in but not request or accept introductions. Absent in tokens that predate
   * the claim, which count as verified.
   */
  readonly emailVerified?: boolean;
  /** The login session (claim `sid`), so "sign out my other sessions" knows which one to keep. */
  readonly sessionId?: string;
}

/**
 * Who is asking, as every service's use cases see it: a verified token's subject and account kind,
 * plus the staff roles, centres, organisation and login session where a rule reads them.
 */
export type Actor = Pick<Principal, 'sub' | 'role'> &
  Partial<Pick<Principal, 'staffRoles' | 'centreIds' | 'organisationId' | 'sessionId'>>;

/** An unverified address blocks introductions; a token without the claim is treated as verified. */
export const emailUnverified = (principal: Principal): boolean => principal.emailVerified === false;

/** The access roles a principal holds: its account kind, or its staff roles for staff. */
export const accessRolesOf = (principal: Pick<Principal, 'role' | 'staffRoles'>): readonly AccessRole[] =>
  principal.role === 'council' ? principal.staffRoles : [principal.role];

/** True when the principal holds one of `roles` (a staff member with no staff roles holds none). */
export const mayAct = (
  principal: Pick<Principal, 'role' | 'staffRoles'>,
  roles: readonly AccessRole[],
): boolean => accessRolesOf(principal).some((role) => roles.includes(role));

/** True for a member of staff holding `role`. */
export const hasStaffRole = (principal: Pick<Principal, 'role' | 'staffRoles'>, role: StaffRole): boolean =>
  principal.role === 'council' && principal.staffRoles.includes(role);

/** The account kind and staff roles of someone holding exactly `role` (tokens for one role). */
export const holderOf = (role: AccessRole): Pick<Principal, 'role' | 'staffRoles'> =>
  role === 'startup' || role === 'advisor'
    ? { role, staffRoles: [] }
    : { role: 'council', staffRoles: [role] };
