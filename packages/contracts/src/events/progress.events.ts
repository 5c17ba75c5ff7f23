import { z } from 'zod';
import { entityIdSchema } from './event-fields';

/**
 * Programme progress (`programme.progress.v1`): training, milestones and quarterly outcomes.
 * Payloads carry ids, counts and bands only — evidence text and links stay in profile — so
 * matching's pipeline and research views can count them without holding anything private.
 */
const progressBase = {
  programmeId: entityIdSchema,
  startupId: entityIdSchema,
  cohortId: entityIdSchema.optional(),
  /** The business development centre the activity belongs to, when it belongs to one. */
  centreId: entityIdSchema.optional(),
  at: z.iso.datetime({ offset: true }),
};

/** A calendar quarter, e.g. `2026-Q4`. */
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/);
export type Quarter = z.infer<typeof quarterSchema>;

/** Yearly revenue bands in USD; bands rather than amounts so a report cannot single anyone out. */
export const REVENUE_BANDS = ['none', 'under-10k', '10k-50k', '50k-250k', '250k-1m', 'over-1m'] as const;
export type RevenueBand = (typeof REVENUE_BANDS)[number];
export const revenueBandSchema = z.enum(REVENUE_BANDS);

/** Where investment came from; Turkish investors met through Jisr are what funders ask about. */
export const INVESTMENT_SOURCES = [
  'turkish-investor-via-jisr',
  'other-investor',
  'grant',
  'loan',
  'none',
] as const;
export type InvestmentSource = (typeof INVESTMENT_SOURCES)[number];
export const investmentSourceSchema = z.enum(INVESTMENT_SOURCES);

const headcount = z.number().int().min(0).max(100_000);

export const progressRegisteredPayloadSchema = z
  .object({ ...progressBase, sessionId: entityIdSchema })
  .strict();
export type ProgressRegisteredPayload = z.infer<typeof progressRegisteredPayloadSchema>;

export const progressRegistrationCancelledPayloadSchema = progressRegisteredPayloadSchema;
export type ProgressRegistrationCancelledPayload = ProgressRegisteredPayload;

export const progressAttendedPayloadSchema = z
  .object({ ...progressBase, sessionId: entityIdSchema })
  .strict();
export type ProgressAttendedPayload = z.infer<typeof progressAttendedPayloadSchema>;

export const progressMilestoneReachedPayloadSchema = z
  .object({ ...progressBase, phaseId: entityIdSchema, milestoneId: entityIdSchema })
  .strict();
export type ProgressMilestoneReachedPayload = z.infer<typeof progressMilestoneReachedPayloadSchema>;

export const progressMilestoneConfirmedPayloadSchema = z
  .object({ ...progressBase, phaseId: entityIdSchema, milestoneId: entityIdSchema })
  .strict();
export type ProgressMilestoneConfirmedPayload = z.infer<typeof progressMilestoneConfirmedPayloadSchema>;

/** The mentor or coordinator sent a claim back: it no longer counts as reached. The reason stays in profile. */
export const progressMilestoneSentBackPayloadSchema = progressMilestoneConfirmedPayloadSchema;
export type ProgressMilestoneSentBackPayload = ProgressMilestoneConfirmedPayload;

export const progressOutcomeReportedPayloadSchema = z
  .object({
    ...progressBase,
    quarter: quarterSchema,
    employees: headcount,
    womenEmployed: headcount,
    youthEmployed: headcount,
    revenueBand: revenueBandSchema,
    investmentRaised: z
      .object({ amountUsd: z.number().int().min(0).max(1_000_000_000), source: investmentSourceSchema })
      .strict(),
    /** Partnerships and export deals with Turkish companies, counted this quarter. */
    partnerships: z.number().int().min(0).max(10_000),
    exportDeals: z.number().int().min(0).max(10_000),
  })
  .strict();
export type ProgressOutcomeReportedPayload = z.infer<typeof progressOutcomeReportedPayloadSchema>;
