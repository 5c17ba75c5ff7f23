import { entityIdSchema, matchWeightsSchema } from '@jisr/contracts';
import { defineRoute, problems, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { OBJECTIVES } from '../../domain/cohort-rounds/cohort-round';
import { roundHistory } from '../../domain/cohort-rounds/round-history';
import type { MatchingContext } from '../../domain/matching-context';
import { previewWeights } from '../../domain/recommendations/preview-weights.use-case';

const place = z.object({ rank: z.number().int().min(1), score: z.number() });
const weightsPreviewSchema = z.object({
  programmeId: z.string(),
  startupId: z.string(),
  items: z.array(
    z.object({
      advisorId: z.string(),
      displayName: z.string(),
      organisation: z.string(),
      current: place.describe("Under the programme's weights in force"),
      proposed: place.describe('Under the proposed weights'),
    }),
  ),
});
const roundSummarySchema = z.object({
  roundId: z.string(),
  cohortId: z.string(),
  programmeId: z.string().nullable(),
  objective: z.enum(OBJECTIVES),
  status: z.enum(['preview', 'confirmed']),
  createdAt: z.string(),
  createdBy: z.string(),
  confirmedAt: z.string().nullable(),
  total: z.number(),
  assigned: z.number().int(),
  unassigned: z.number().int(),
  pinned: z.number().int(),
  forbidden: z.number().int(),
  requested: z.number().int().describe('Introduction requests the confirmation created'),
});

/** Council only: what-if views that write nothing — new weights on a sample ranking, earlier rounds. */
export const councilPreviewRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/programmes/:programmeId/weights-preview',
    tag: 'Recommendations',
    summary: "How a sample startup's ranking would change under proposed weights (council; nothing is saved)",
    access: ['programme-manager'],
    params: z.object({ programmeId: entityIdSchema }).strict(),
    body: z
      .object({
        startupId: entityIdSchema,
        weights: z.strictObject(matchWeightsSchema.shape),
        limit: z.number().int().min(1).max(20).default(8),
      })
      .strict(),
    responses: { 200: { description: 'Both rankings', schema: weightsPreviewSchema }, ...problems },
    handle: async ({ params: { programmeId }, body: { startupId, weights, limit } }) => {
      const preview = previewWeights(context(), { startupId, programmeId, weights, limit });
      return { status: 200, body: { programmeId, startupId, items: preview.items } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/cohort-rounds',
    tag: 'Cohort rounds',
    summary: "Earlier cohort rounds, newest first, optionally one cohort's (council)",
    access: ['programme-manager', 'observer'],
    query: z
      .object({
        cohortId: entityIdSchema.optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      })
      .strict(),
    responses: {
      200: { description: 'Rounds', schema: z.object({ items: z.array(roundSummarySchema) }) },
      ...problems,
    },
    handle: async ({ query }) => ({ status: 200, body: { items: await roundHistory(context(), query) } }),
  }),
];
