import { organisationKindSchema, type LocalizedText, type OrganisationKind } from '@jisr/contracts';
import { z } from 'zod';
import { strictLocalizedText } from '../people/profile-fields';

/** A partner organisation that runs the programme with the others; staff accounts belong to one. */
export const organisationInputSchema = z
  .object({ name: strictLocalizedText, kind: organisationKindSchema })
  .strict();
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export interface Organisation {
  /** A slug chosen by the admin, e.g. `sesric`. */
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly kind: OrganisationKind;
  readonly eventVersion: number;
  readonly updatedAt: string;
}

export const organisationViewSchema = z.object({
  organisationId: z.string(),
  ...organisationInputSchema.shape,
  updatedAt: z.string(),
});
export type OrganisationView = z.infer<typeof organisationViewSchema>;

export const viewOrganisation = ({ id, name, kind, updatedAt }: Organisation): OrganisationView => ({
  organisationId: id,
  name,
  kind,
  updatedAt,
});
