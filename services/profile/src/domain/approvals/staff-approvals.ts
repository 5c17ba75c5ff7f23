import type { Actor } from '@jisr/auth';
import type { Decider } from '@jisr/approvals';
import { z } from 'zod';

/** The staff actions of profile that need a second person's approval. */
export const PROFILE_APPROVAL_ACTIONS = ['account.erase', 'advisor.deactivate'] as const;
export type ProfileApprovalAction = (typeof PROFILE_APPROVAL_ACTIONS)[number];

/** What each action needs to run later: the account it acts on. */
export const accountPayloadSchema = z.object({ accountId: z.string() }).strict();

/** Who may decide on each action: the staff role that may ask for it. */
const DECIDING_ROLES: Readonly<Record<ProfileApprovalAction, readonly string[]>> = {
  'account.erase': ['admin'],
  'advisor.deactivate': ['admin'],
};

export const decidingRoles = (action: string): readonly string[] =>
  (DECIDING_ROLES as Readonly<Record<string, readonly string[]>>)[action] ?? [];

/** The actor as the token proves them: staff carry their roles and organisation. */
export type StaffActor = Actor & {
  readonly staffRoles?: readonly string[];
  readonly organisationId?: string;
};

/** The actor as a decider: their account, organisation and staff roles. */
export const deciderOf = (actor: StaffActor): Decider => ({
  accountId: actor.sub,
  ...(actor.organisationId === undefined ? {} : { organisationId: actor.organisationId }),
  staffRoles: actor.role === 'council' ? (actor.staffRoles ?? []) : [],
});
