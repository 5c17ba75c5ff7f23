import { z } from 'zod';
import { localizedTextSchema } from '../locale';
import { matchCriterionSchema } from '../match-weights';
import { entityIdSchema, freeText } from './event-fields';

const introductionRef = {
  introductionId: entityIdSchema,
  startupId: entityIdSchema,
  advisorId: entityIdSchema,
};
const score = z.number().min(0).max(100);

/** One line of "why this advisor fits": a criterion's score (0..100) and a sentence in every locale. */
export const matchExplanationSchema = z
  .object({ criterion: matchCriterionSchema, score, text: localizedTextSchema })
  .strict();
export type MatchExplanation = z.infer<typeof matchExplanationSchema>;

export const introductionRequestedPayloadSchema = z
  .object({
    ...introductionRef,
    note: freeText(1000),
    programmeId: entityIdSchema.optional(),
    score,
    explanation: z.array(matchExplanationSchema).max(10),
    requestedAt: z.iso.datetime(),
  })
  .strict();
export type IntroductionRequestedPayload = z.infer<typeof introductionRequestedPayloadSchema>;

export const introductionWithdrawnPayloadSchema = z
  .object({ ...introductionRef, reason: freeText(500) })
  .strict();
export type IntroductionWithdrawnPayload = z.infer<typeof introductionWithdrawnPayloadSchema>;

export const introductionAcceptedPayloadSchema = z.object(introductionRef).strict();
export type IntroductionAcceptedPayload = z.infer<typeof introductionAcceptedPayloadSchema>;

/**
 * Why an open request ended without a decision: the advisor's deadline passed, the advisor was
 * reported unresponsive or paused, or the startup left the advisor's question unanswered.
 */
export const EXPIRY_REASONS = [
  'deadline-passed',
  'advisor-unresponsive',
  'advisor-paused',
  'info-not-provided',
] as const;
export type ExpiryReason = (typeof EXPIRY_REASONS)[number];

/** The request ended unanswered. `reason` is absent only on events published before it existed. */
export const introductionExpiredPayloadSchema = z
  .object({ ...introductionRef, reason: z.enum(EXPIRY_REASONS).optional() })
  .strict();
export type IntroductionExpiredPayload = z.infer<typeof introductionExpiredPayloadSchema>;

export const DECLINE_REASONS = [
  'no-capacity',
  'not-my-sector',
  'stage-mismatch',
  'language',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const introductionDeclinedPayloadSchema = z
  .object({ ...introductionRef, reason: z.enum(DECLINE_REASONS), comment: freeText(1000).optional() })
  .strict();
export type IntroductionDeclinedPayload = z.infer<typeof introductionDeclinedPayloadSchema>;

export const introductionInfoRequestedPayloadSchema = z
  .object({ ...introductionRef, question: freeText(1000) })
  .strict();
export type IntroductionInfoRequestedPayload = z.infer<typeof introductionInfoRequestedPayloadSchema>;

/** The startup answered the advisor's question; the request awaits the advisor's decision again. */
export const introductionInfoProvidedPayloadSchema = z
  .object({ ...introductionRef, answeredAt: z.iso.datetime() })
  .strict();
export type IntroductionInfoProvidedPayload = z.infer<typeof introductionInfoProvidedPayloadSchema>;

export const introductionCompletedPayloadSchema = z
  .object({
    ...introductionRef,
    by: z.enum(['startup', 'advisor']),
    rating: z.number().int().min(1).max(5),
    comment: freeText(1000).optional(),
  })
  .strict();
export type IntroductionCompletedPayload = z.infer<typeof introductionCompletedPayloadSchema>;
