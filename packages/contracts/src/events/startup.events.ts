import { z } from 'zod';
import { languageSkillsSchema } from '../languages';
import { needSchema } from '../offers';
import { cityIdSchema, timeZoneSchema } from '../places';
import { divisionCodeSchema } from '../sectors/sector-taxonomy';
import { stageSchema } from '../stages';
import { entityIdSchema, freeText, verificationStateSchema } from './event-fields';

const startupRef = { startupId: entityIdSchema };

/** The full public profile of a startup after any change; `startupId` is the owner's account id. */
export const startupUpsertedPayloadSchema = z
  .object({
    ...startupRef,
    name: z.object({ latin: freeText(120), ar: freeText(120).optional() }).strict(),
    description: freeText(2000).optional(),
    sector: divisionCodeSchema,
    stage: stageSchema,
    city: cityIdSchema,
    languages: languageSkillsSchema,
    needs: z
      .array(
        z
          .object({ kind: needSchema, amountUsd: z.number().int().positive().max(1_000_000_000).optional() })
          .strict(),
      )
      .max(5),
    teamSize: z.number().int().min(1).max(10_000),
    foundedYear: z.number().int().min(1900).max(2100),
    timeZone: timeZoneSchema,
    centreId: entityIdSchema.optional(),
    programmeId: entityIdSchema.optional(),
    cohortId: entityIdSchema.optional(),
    verification: verificationStateSchema,
  })
  .strict();
export type StartupUpsertedPayload = z.infer<typeof startupUpsertedPayloadSchema>;

export const startupVerifiedPayloadSchema = z.object(startupRef).strict();
export type StartupVerifiedPayload = z.infer<typeof startupVerifiedPayloadSchema>;

export const startupRejectedPayloadSchema = z.object({ ...startupRef, reason: freeText(500) }).strict();
export type StartupRejectedPayload = z.infer<typeof startupRejectedPayloadSchema>;

export const startupDeactivatedPayloadSchema = z.object(startupRef).strict();
export type StartupDeactivatedPayload = z.infer<typeof startupDeactivatedPayloadSchema>;

/** The startup asked to be forgotten: consumers delete everything they hold about it. */
export const startupErasedPayloadSchema = z.object(startupRef).strict();
export type StartupErasedPayload = z.infer<typeof startupErasedPayloadSchema>;
