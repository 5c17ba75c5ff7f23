import {
  byRank,
  scorePair,
  type MatchableAdvisor,
  type MatchableStartup,
  type PairScore,
  type Weights,
} from '../scoring';

/** An advisor's place (1 = best) and fit in one ranking. */
export interface RankPlace {
  readonly rank: number;
  readonly score: number;
}

export interface WeightsComparisonItem {
  readonly advisorId: string;
  readonly current: RankPlace;
  readonly proposed: RankPlace;
}

const placesUnder = (
  startup: MatchableStartup,
  advisors: readonly MatchableAdvisor[],
  weights: Weights,
): Map<string, RankPlace> =>
  new Map(
    advisors
      .map((advisor) => scorePair(startup, advisor, weights))
      .filter((score): score is PairScore => score.candidate)
      .sort(byRank)
      .map((pair, i) => [pair.advisorId, { rank: i + 1, score: pair.total }] as const),
  );

/**
 * How one startup's ranking of advisors changes from the weights in force to proposed ones: every
 * advisor in either top `limit`, with its place in both, best proposed first. Weights never change
 * who may be matched, so both rankings hold the same advisors. It is the plain reference ranking
 * (no fair-exposure holds), so a preview never takes places in anyone's list.
 */
export function compareWeights(
  startup: MatchableStartup,
  advisors: readonly MatchableAdvisor[],
  weights: { readonly current: Weights; readonly proposed: Weights },
  limit: number,
): WeightsComparisonItem[] {
  const current = placesUnder(startup, advisors, weights.current);
  const proposed = placesUnder(startup, advisors, weights.proposed);
  const items: WeightsComparisonItem[] = [];
  for (const [advisorId, now] of current) {
    const next = proposed.get(advisorId);
    if (next !== undefined && (now.rank <= limit || next.rank <= limit))
      items.push({ advisorId, current: now, proposed: next });
  }
  return items.sort((a, b) => a.proposed.rank - b.proposed.rank);
}
