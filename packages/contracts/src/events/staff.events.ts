import { z } from 'zod';
import { localizedTextSchema } from '../locale';
import { entityIdSchema } from './event-fields';

/**
 * Staff and partner organisations (`profile.staff.v1`). Services enforce roles from the access
 * token, not from these events; they are for whoever keeps a directory of staff (audit, reports).
 * No email or password ever travels here.
 */
const staffRoleName = z.string().min(1).max(40).describe('A staff role of @jisr/auth STAFF_ROLES');

const staffFields = {
  accountId: entityIdSchema,
  organisationId: entityIdSchema.nullable(),
  staffRoles: z.array(staffRoleName).max(10),
  centreIds: z.array(entityIdSchema).max(50),
  /** Who did it: the admin's account id. */
  by: entityIdSchema,
};

export const staffCreatedPayloadSchema = z.object(staffFields).strict();
export type StaffCreatedPayload = z.infer<typeof staffCreatedPayloadSchema>;

/** Takes effect at the staff member's next token refresh (the roles travel in the access token). */
export const staffRolesChangedPayloadSchema = z
  .object({ ...staffFields, previousRoles: z.array(staffRoleName).max(10) })
  .strict();
export type StaffRolesChangedPayload = z.infer<typeof staffRolesChangedPayloadSchema>;

export const ORGANISATION_KINDS = [
  'programme-lead',
  'business-council',
  'development-bank',
  'government-agency',
  'intergovernmental',
  'business-development-centre',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);

export const organisationSavedPayloadSchema = z
  .object({ organisationId: entityIdSchema, name: localizedTextSchema, kind: organisationKindSchema })
  .strict();
export type OrganisationSavedPayload = z.infer<typeof organisationSavedPayloadSchema>;
