import { STAFF_ROLES, staffRoleSchema, type StaffRole } from '@jisr/auth';
import { z } from 'zod';
import { emailSchema, passwordSchema, type Account } from '../accounts/account';
import { slugSchema } from '../people/profile-fields';
import { staffRolesOf } from './staff-claims';

const staffRolesSchema = z
  .array(staffRoleSchema)
  .min(1)
  .max(STAFF_ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, { error: 'must not repeat a role' });

const centreIdsSchema = z.array(slugSchema).max(50);

/** A centre-coordinator serves at least one centre; the token carries them and scopes what they see. */
const coordinatorNeedsCentres = (
  body: { staffRoles: readonly StaffRole[]; centreIds?: readonly string[] | undefined },
  ctx: z.RefinementCtx,
): void => {
  if (body.staffRoles.includes('centre-coordinator') && (body.centreIds ?? []).length === 0)
    ctx.addIssue({ code: 'custom', path: ['centreIds'], message: 'a centre-coordinator needs a centre' });
};

export const staffCreateBodySchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    organisationId: slugSchema,
    staffRoles: staffRolesSchema,
    centreIds: centreIdsSchema.optional(),
  })
  .strict()
  .superRefine(coordinatorNeedsCentres);
export type StaffCreateBody = z.infer<typeof staffCreateBodySchema>;

export const staffRolesBodySchema = z
  .object({ staffRoles: staffRolesSchema, centreIds: centreIdsSchema.optional() })
  .strict()
  .superRefine(coordinatorNeedsCentres);
export type StaffRolesBody = z.infer<typeof staffRolesBodySchema>;

export const staffViewSchema = z.object({
  accountId: z.string(),
  email: z.string().nullable(),
  status: z.enum(['active', 'deactivated', 'erased']),
  organisationId: z.string().nullable(),
  staffRoles: z.array(staffRoleSchema),
  centreIds: z.array(z.string()),
  createdAt: z.string(),
});
export type StaffView = z.infer<typeof staffViewSchema>;

export const viewStaff = (account: Account): StaffView => ({
  accountId: account.id,
  email: account.email,
  status: account.status,
  organisationId: account.organisationId ?? null,
  staffRoles: [...staffRolesOf(account)],
  centreIds: [...(account.centreIds ?? [])],
  createdAt: account.createdAt,
});
