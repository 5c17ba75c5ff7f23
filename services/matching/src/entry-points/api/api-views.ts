import { DECLINE_REASONS, EXPIRY_REASONS, LOCALES, localizedTextSchema, offerSchema } from '@jisr/contracts';
import { z } from 'zod';
import { UNASSIGNED_REASONS } from '../../domain/assignment/assignment-types';
import { OBJECTIVES } from '../../domain/cohort-rounds/cohort-round';
import { INTRODUCTION_STATES } from '../../domain/introductions/introduction';

// What matching answers with; the OpenAPI document and the component tests' response checks read these.
const lang = z.enum(LOCALES);
const count = z.number().int().min(0);
const hours = z.number().nullable();

const explanationLine = z.object({
  criterion: z.string(),
  score: z.number(),
  weight: z.number(),
  contribution: z.number(),
  text: localizedTextSchema,
  sentence: z.string().describe("The line in the reader's locale"),
});
const explanation = z.array(explanationLine);
/** Recommendations carry only `sentence` (the reader's language); `?langs=all` adds `text` in ar, tr and en. */
const readerExplanation = z.array(
  explanationLine.extend({
    text: localizedTextSchema.optional().describe('ar, tr and en: only with ?langs=all'),
  }),
);

export const introductionViewSchema = z.object({
  introductionId: z.string(),
  startupId: z.string(),
  advisorId: z.string(),
  note: z.string(),
  state: z.enum(INTRODUCTION_STATES),
  score: z.number(),
  explanation,
  programmeId: z.string().nullable(),
  roundId: z.string().nullable(),
  requestedAt: z.string(),
  acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  expiryReason: z.enum(EXPIRY_REASONS).nullable(),
  rating: z.number().int().nullable(),
});
export const introductionListSchema = z.object({ items: z.array(introductionViewSchema) });

export const advisorMatchesSchema = z.object({
  startupId: z.string(),
  lang,
  items: z.array(
    z.object({
      advisorId: z.string(),
      displayName: z.string(),
      organisation: z.string(),
      roles: z.array(z.string()),
      offers: z.array(offerSchema),
      freeCapacity: count,
      currentAdvisor: z.boolean().describe('Already works with this startup (shown with ?current=include)'),
      score: z.number(),
      explanation: readerExplanation,
    }),
  ),
});
export const startupMatchesSchema = z.object({
  advisorId: z.string(),
  lang,
  items: z.array(
    z.object({ startupId: z.string(), name: z.string(), score: z.number(), explanation: readerExplanation }),
  ),
});

const pair = z.object({ startupId: z.string(), advisorId: z.string() });
export const roundViewSchema = z.object({
  roundId: z.string(),
  cohortId: z.string(),
  programmeId: z.string().nullable(),
  objective: z.enum(OBJECTIVES),
  forbidden: z.array(pair),
  pinned: z.array(pair),
  status: z.enum(['preview', 'confirmed']),
  createdAt: z.string(),
  createdBy: z.string(),
  total: z.number(),
  pairs: z.array(pair.extend({ score: z.number(), pinned: z.boolean(), explanation })),
  unassigned: z.array(z.object({ startupId: z.string(), reason: z.enum(UNASSIGNED_REASONS) })),
  include: z.array(z.string()),
  excluded: z.array(
    z.object({
      startupId: z.string(),
      reason: z.literal('has-active-advisor'),
      advisorIds: z.array(z.string()),
    }),
  ),
  confirmedAt: z.string().nullable(),
  introductionIds: z.array(z.string()),
  skipped: z.array(pair.extend({ code: z.string() })),
  certificate: z
    .object({
      matchBonus: z.number(),
      startupIds: z.array(z.string()),
      startupDuals: z.array(z.number()),
      advisorIds: z.array(z.string()),
      advisorPlaces: z.array(z.number()),
      advisorDuals: z.array(z.number()),
      pricedPairs: count,
      candidatePairs: count,
      rounds: count,
    })
    .describe('Optimality certificate: duals priced against every eligible pair of the round'),
  lang,
});

const progressCountsSchema = z
  .object({
    registeredForTraining: count,
    attendedTraining: count,
    reachedMilestone: count,
    confirmedMilestone: count,
    reportedOutcome: count,
  })
  .describe('Startups with training, milestones and outcomes (programme.progress.v1)');

export const funnelViewSchema = z.object({
  startups: z.object({
    registered: count,
    verified: count,
    requested: count,
    accepted: count,
    active: count,
    met: count.describe('Startups that held at least one meeting'),
    completed: count,
    declined: count,
    expired: count,
  }),
  introductions: z.record(z.enum(INTRODUCTION_STATES), count),
  meetings: z.object({ scheduled: count, held: count, cancelled: count, noShow: count }),
  medianHours: z.object({
    verification: hours,
    firstRequest: hours,
    acceptance: hours,
    firstMeeting: hours,
    completion: hours,
  }),
  progress: progressCountsSchema,
});
export const breakdownSchema = z.object({
  by: z.string(),
  lang,
  items: z.array(
    funnelViewSchema.extend({ key: z.string(), label: localizedTextSchema.nullable(), name: z.string() }),
  ),
});
export const advisorLoadSchema = z.object({
  items: z.array(
    z.object({
      advisorId: z.string(),
      displayName: z.string(),
      organisation: z.string(),
      capacity: count,
      active: count,
      open: count,
      completed: count,
      declined: count,
      expired: count,
      utilisation: z.number(),
      paused: z.boolean(),
    }),
  ),
});
export const sectorResearchSchema = z.object({
  items: z.array(
    z.object({
      section: z.string(),
      label: localizedTextSchema.nullable(),
      startups: count,
      verifiedStartups: count,
      advisors: count,
      requests: count,
      accepted: count,
      acceptanceRate: z.number().nullable(),
      averageRequestScore: z.number().nullable(),
      progress: progressCountsSchema,
    }),
  ),
});
