import type { KnownEvent } from '@jisr/contracts';
import { z } from 'zod';
import { present } from '../people/person-events';
import { verificationViewSchema, viewVerification } from '../people/verification';
import { advisorProfileInputSchema, PAUSE_REASONS, type AdvisorProfile } from './advisor-profile';

/** An advisor profile as its owner and the council read it. */
export const advisorViewSchema = z.object({
  advisorId: z.string(),
  ...advisorProfileInputSchema.shape,
  verification: verificationViewSchema,
  pause: z.object({
    paused: z.boolean(),
    reason: z.enum(PAUSE_REASONS).nullable(),
    since: z.string().nullable(),
  }),
  centreId: z.string().nullable(),
  /** A material change waiting for the council; the fields above are the verified ones, live meanwhile. */
  pendingChange: z
    .object({
      displayName: z.string(),
      organisation: z.string(),
      roles: advisorProfileInputSchema.shape.roles,
      offers: advisorProfileInputSchema.shape.offers,
      ticket: advisorProfileInputSchema.shape.ticket,
      sectors: advisorProfileInputSchema.shape.sectors,
      submittedAt: z.string(),
    })
    .nullable(),
  deactivated: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdvisorView = z.infer<typeof advisorViewSchema>;

export const viewAdvisor = (profile: AdvisorProfile): AdvisorView => {
  const { id, version: _version, verification, pendingChange, ...rest } = profile;
  return {
    advisorId: id,
    ...rest,
    verification: viewVerification(verification),
    pendingChange: pendingChange ?? null,
  };
};

type UpsertedPayload = Extract<KnownEvent, { type: 'advisor.upserted' }>['payload'];

/** What matching and messaging need: no email, phone, bio or password. */
export const advisorUpserted = (profile: AdvisorProfile): UpsertedPayload => ({
  advisorId: profile.id,
  displayName: profile.displayName,
  organisation: profile.organisation,
  roles: [...profile.roles],
  sectors: [...profile.sectors],
  stages: [...profile.stages],
  languages: profile.languages.map((skill) => ({ code: skill.code, proficiency: skill.proficiency })),
  offers: [...profile.offers],
  ...present('ticket', profile.ticket && { minUsd: profile.ticket.minUsd, maxUsd: profile.ticket.maxUsd }),
  capacity: profile.capacity,
  paused: profile.pause.paused,
  timeZone: profile.timeZone,
  ...present('city', profile.city),
  ...present('centreId', profile.centreId),
  verification: profile.verification.status,
  // Matching keeps the verified fields above; the flag tells it (and the pipeline) a change awaits the council.
  ...(profile.pendingChange ? { pendingChange: true as const } : {}),
});
