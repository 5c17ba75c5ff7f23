import { cityIdSchema, divisionCodeSchema, needSchema, stageSchema, timeZoneSchema } from '@jisr/contracts';
import { z } from 'zod';
import {
  languagesSchema,
  nameText,
  requiredText,
  websiteSchema,
  type Verification,
} from '../people/profile-fields';

const MAX_AMOUNT_USD = 1_000_000_000;

const needInputSchema = z
  .object({ kind: needSchema, amountUsd: z.number().int().positive().max(MAX_AMOUNT_USD).optional() })
  .strict()
  .refine((need) => need.amountUsd === undefined || need.kind === 'investment', {
    error: 'an amount belongs only to an investment need',
    path: ['amountUsd'],
  });

/**
 * What a startup's owner may write, and nothing else: verification, placement (centre, programme,
 * cohort), ownership and role are set by the council or the service, so sending them is a 400.
 */
export const startupProfileInputSchema = z
  .object({
    name: z.object({ latin: nameText(120), ar: nameText(120).optional() }).strict(),
    description: requiredText(2000).optional(),
    sector: divisionCodeSchema,
    stage: stageSchema,
    city: cityIdSchema,
    languages: languagesSchema,
    needs: z
      .array(needInputSchema)
      .max(5)
      .refine((needs) => new Set(needs.map((need) => need.kind)).size === needs.length, {
        error: 'must name each need once',
      }),
    teamSize: z.number().int().min(1).max(10_000),
    foundedYear: z.number().int().min(1900).max(2100),
    website: websiteSchema.optional(),
    timeZone: timeZoneSchema,
  })
  .strict();
export type StartupProfileInput = z.infer<typeof startupProfileInputSchema>;

/** The council's placement of a startup: its business development centre, programme and cohort. */
export interface StartupPlacement {
  readonly centreId: string | null;
  readonly programmeId: string | null;
  readonly cohortId: string | null;
}

export const noPlacement: StartupPlacement = { centreId: null, programmeId: null, cohortId: null };

export interface StartupProfile extends StartupProfileInput {
  /** The owner's account id. */
  readonly id: string;
  readonly version: number;
  readonly verification: Verification;
  readonly placement: StartupPlacement;
  readonly deactivated: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A changed name or sector is a different company from the one the council checked, so a verified
 * profile goes back to pending; a rejected profile that is edited is submitted again.
 */
export const needsReverification = (before: StartupProfile, input: StartupProfileInput): boolean =>
  before.verification.status === 'rejected' ||
  (before.verification.status === 'verified' &&
    (before.sector !== input.sector ||
      before.name.latin !== input.name.latin ||
      (before.name.ar ?? null) !== (input.name.ar ?? null)));
