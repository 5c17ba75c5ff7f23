import { z } from 'zod';
import { languageSkillsSchema } from '../languages';
import { offerSchema, ticketRangeSchema } from '../offers';
import { cityIdSchema, timeZoneSchema } from '../places';
import { divisionCodeSchema } from '../sectors/sector-taxonomy';
import { stageSchema } from '../stages';
import { entityIdSchema, freeText, verificationStateSchema } from './event-fields';

const advisorRef = { advisorId: entityIdSchema };

export const ADVISOR_ROLES = ['mentor', 'investor'] as const;
export type AdvisorRole = (typeof ADVISOR_ROLES)[number];

export const ADVISOR_PAUSE_REASONS = ['self', 'unresponsive', 'council'] as const;
export type AdvisorPauseReason = (typeof ADVISOR_PAUSE_REASONS)[number];

const distinct = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;
const distinctList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).min(1).max(max).refine(distinct, { message: 'Items must be distinct' });

/** The full public profile of a mentor or investor; `advisorId` is the owner's account id. */
export const advisorUpsertedPayloadSchema = z
  .object({
    ...advisorRef,
    displayName: freeText(120),
    organisation: freeText(200),
    roles: distinctList(z.enum(ADVISOR_ROLES), ADVISOR_ROLES.length),
    sectors: distinctList(divisionCodeSchema, 20),
    stages: distinctList(stageSchema, 5),
    languages: languageSkillsSchema,
    offers: distinctList(offerSchema, 4),
    ticket: ticketRangeSchema.optional(),
    /** Maximum number of introductions active at the same time. */
    capacity: z.number().int().min(0).max(50),
    paused: z.boolean(),
    timeZone: timeZoneSchema,
    city: cityIdSchema.optional(),
    centreId: entityIdSchema.optional(),
    verification: verificationStateSchema,
    /** Present (true) while a material change of a verified advisor waits for the council; the fields above stay the verified ones. */
    pendingChange: z.literal(true).optional(),
  })
  .strict();
export type AdvisorUpsertedPayload = z.infer<typeof advisorUpsertedPayloadSchema>;

export const advisorVerifiedPayloadSchema = z.object(advisorRef).strict();
export type AdvisorVerifiedPayload = z.infer<typeof advisorVerifiedPayloadSchema>;

export const advisorRejectedPayloadSchema = z.object({ ...advisorRef, reason: freeText(500) }).strict();
export type AdvisorRejectedPayload = z.infer<typeof advisorRejectedPayloadSchema>;

export const advisorPausedPayloadSchema = z
  .object({ ...advisorRef, reason: z.enum(ADVISOR_PAUSE_REASONS) })
  .strict();
export type AdvisorPausedPayload = z.infer<typeof advisorPausedPayloadSchema>;

export const advisorResumedPayloadSchema = z.object(advisorRef).strict();
export type AdvisorResumedPayload = z.infer<typeof advisorResumedPayloadSchema>;

export const advisorDeactivatedPayloadSchema = z.object(advisorRef).strict();
export type AdvisorDeactivatedPayload = z.infer<typeof advisorDeactivatedPayloadSchema>;

export const advisorErasedPayloadSchema = z.object(advisorRef).strict();
export type AdvisorErasedPayload = z.infer<typeof advisorErasedPayloadSchema>;

/** Published by messaging after three expiries in a row; profile pauses the advisor and tells the council. */
export const advisorUnresponsivePayloadSchema = z
  .object({ ...advisorRef, introductionIds: z.array(entityIdSchema).min(1).max(100) })
  .strict();
export type AdvisorUnresponsivePayload = z.infer<typeof advisorUnresponsivePayloadSchema>;
