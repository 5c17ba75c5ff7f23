import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '@jisr/contracts';
import type { Weights } from './scoring-types';

/**
 * Weight of the same-centre/same-city bonus. Programmes do not set it (it is not one of the
 * council's `matchWeights`), so it stays small: it reorders near-ties, it does not make a match.
 */
export const DEFAULT_PLACE_WEIGHT = 0.05;

/** A programme's weights (or the defaults) plus the place bonus, ready for scoring. */
export function resolveWeights(
  programme: MatchWeights | null | undefined,
  placeWeight: number = DEFAULT_PLACE_WEIGHT,
): Weights {
  const base = programme ?? DEFAULT_MATCH_WEIGHTS;
  return Object.freeze({
    sector: base.sector,
    stage: base.stage,
    language: base.language,
    needs: base.needs,
    load: base.load,
    place: placeWeight,
  });
}

export const DEFAULT_WEIGHTS: Weights = resolveWeights(null);
