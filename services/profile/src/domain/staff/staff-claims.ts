import { BOOTSTRAP_STAFF_ROLES, type StaffRole } from '@jisr/auth';
import type { Account } from '../accounts/account';

/** What a staff account's access token says about its powers. */
export interface StaffClaims {
  readonly staffRoles: readonly StaffRole[];
  readonly organisationId?: string;
  readonly centreIds?: readonly string[];
}

/**
 * The staff roles an account holds: none for startups and advisors; for staff, the stored ones, or
 * the bootstrap set for staff accounts stored before roles existed (they could do everything then).
 */
export const staffRolesOf = (account: Account): readonly StaffRole[] =>
  account.role !== 'council' ? [] : (account.staffRoles ?? BOOTSTRAP_STAFF_ROLES);

/** The claims a token of `account` carries (read at each login and refresh, so changes apply then). */
export const staffClaimsOf = (account: Account): StaffClaims => ({
  staffRoles: staffRolesOf(account),
  ...(account.role === 'council' && account.organisationId !== undefined
    ? { organisationId: account.organisationId }
    : {}),
  ...(account.role === 'council' && account.centreIds !== undefined ? { centreIds: account.centreIds } : {}),
});
