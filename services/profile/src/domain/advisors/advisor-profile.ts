import {
  ADVISOR_PAUSE_REASONS,
  ADVISOR_ROLES,
  cityIdSchema,
  divisionCodeSchema,
  offerSchema,
  stageSchema,
  ticketRangeSchema,
  timeZoneSchema,
} from '@jisr/contracts';
import { z } from 'zod';
import {
  languagesSchema,
  nameText,
  requiredText,
  uniqueList,
  type Verification,
} from '../people/profile-fields';

/**
 * What an advisor may write about themself. The pause switch has its own route (it carries a
 * reason), verification and centre belong to the council.
 */
export const advisorProfileInputSchema = z
  .object({
    displayName: nameText(120),
    organisation: nameText(200),
    roles: uniqueList(z.enum(ADVISOR_ROLES), 1, 2),
    sectors: uniqueList(divisionCodeSchema, 1, 20),
    stages: uniqueList(stageSchema, 1, 5),
    languages: languagesSchema,
    offers: uniqueList(offerSchema, 1, 4),
    ticket: ticketRangeSchema.optional(),
    capacity: z.number().int().min(1).max(50),
    timeZone: timeZoneSchema,
    city: cityIdSchema.optional(),
    bio: requiredText(2000).optional(),
  })
  .strict()
  .refine((input) => !input.offers.includes('investment') || input.ticket !== undefined, {
    error: 'an investment offer needs a ticket range',
    path: ['ticket'],
  })
  .refine((input) => !input.offers.includes('investment') || input.roles.includes('investor'), {
    error: 'only an investor can offer investment',
    path: ['offers'],
  });
export type AdvisorProfileInput = z.infer<typeof advisorProfileInputSchema>;

export const PAUSE_REASONS = ADVISOR_PAUSE_REASONS;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** "Not taking new introductions": who switched it on, and when. */
export interface PauseSwitch {
  readonly paused: boolean;
  readonly reason: PauseReason | null;
  readonly since: string | null;
}

export const notPaused: PauseSwitch = { paused: false, reason: null, since: null };

export const pauseBodySchema = z.object({ paused: z.boolean() }).strict();

export interface AdvisorProfile extends AdvisorProfileInput {
  /** The owner's account id. */
  readonly id: string;
  readonly version: number;
  readonly verification: Verification;
  readonly pause: PauseSwitch;
  readonly centreId: string | null;
  readonly deactivated: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A different organisation is a different person to vouch for; a rejected profile edited is submitted again. */
export const advisorNeedsReverification = (before: AdvisorProfile, input: AdvisorProfileInput): boolean =>
  before.verification.status === 'rejected' ||
  (before.verification.status === 'verified' &&
    (before.organisation !== input.organisation || before.displayName !== input.displayName));
