import { z } from 'zod';

/**
 * The criteria a match is scored on; each result explains itself per criterion. `place` (same
 * business development centre or city) is a bonus matching scores and explains but the council
 * does not weight, so it has no entry in `matchWeightsSchema`.
 */
export const MATCH_CRITERIA = ['sector', 'stage', 'language', 'needs', 'load', 'place'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];
export const matchCriterionSchema = z.enum(MATCH_CRITERIA);

const weight = z.number().min(0).max(1);

/** How much each criterion counts, set per programme by the council. */
export const matchWeightsSchema = z
  .object({ sector: weight, stage: weight, language: weight, needs: weight, load: weight })
  .strict();
export type MatchWeights = z.infer<typeof matchWeightsSchema>;

/** Sector fit and needs dominate; load only breaks near-ties so popular advisors are not flooded. */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  sector: 0.35,
  stage: 0.2,
  language: 0.15,
  needs: 0.2,
  load: 0.1,
});
