import type { KnownEvent } from '@jisr/contracts';
import { z } from 'zod';
import { present } from '../people/person-events';
import { verificationViewSchema, viewVerification } from '../people/verification';
import { startupProfileInputSchema, type StartupProfile } from './startup-profile';

const placementViewSchema = z.object({
  centreId: z.string().nullable(),
  programmeId: z.string().nullable(),
  cohortId: z.string().nullable(),
});

/** A startup profile as its owner and the council read it. */
export const startupViewSchema = z.object({
  startupId: z.string(),
  ...startupProfileInputSchema.shape,
  verification: verificationViewSchema,
  placement: placementViewSchema,
  deactivated: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StartupView = z.infer<typeof startupViewSchema>;

export const viewStartup = (profile: StartupProfile): StartupView => {
  const { id, version: _version, verification, ...rest } = profile;
  return { startupId: id, ...rest, verification: viewVerification(verification) };
};

type UpsertedPayload = Extract<KnownEvent, { type: 'startup.upserted' }>['payload'];

/** What matching and messaging need to know: no email, phone, website or password, ever. */
export const startupUpserted = (profile: StartupProfile): UpsertedPayload => ({
  startupId: profile.id,
  name: { latin: profile.name.latin, ...present('ar', profile.name.ar) },
  ...present('description', profile.description),
  sector: profile.sector,
  stage: profile.stage,
  city: profile.city,
  languages: profile.languages.map((skill) => ({ code: skill.code, proficiency: skill.proficiency })),
  needs: profile.needs.map((need) => ({ kind: need.kind, ...present('amountUsd', need.amountUsd) })),
  teamSize: profile.teamSize,
  foundedYear: profile.foundedYear,
  timeZone: profile.timeZone,
  ...present('centreId', profile.placement.centreId),
  ...present('programmeId', profile.placement.programmeId),
  ...present('cohortId', profile.placement.cohortId),
  verification: profile.verification.status,
});
