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

/** What the council vouched for when it verified an advisor: who they are and what they offer. */
export type MaterialFields = Pick<
  AdvisorProfileInput,
  'displayName' | 'organisation' | 'roles' | 'offers' | 'ticket' | 'sectors'
>;

/** A verified advisor's material change, waiting for the council; the verified profile stays live meanwhile. */
export interface PendingAdvisorChange extends MaterialFields {
  readonly submittedAt: string;
}

export interface AdvisorProfile extends AdvisorProfileInput {
  /** The owner's account id. */
  readonly id: string;
  readonly version: number;
  readonly verification: Verification;
  readonly pause: PauseSwitch;
  readonly centreId: string | null;
  /** Absent in profiles stored before changes were held. */
  readonly pendingChange?: PendingAdvisorChange | null;
  readonly deactivated: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A rejected profile that is edited is submitted again. A verified advisor's material changes are
 * not a reason to hide them: those are held for the council (see material-change.ts).
 */
export const advisorNeedsReverification = (before: AdvisorProfile): boolean =>
  before.verification.status === 'rejected';
