import {
  explainPair,
  scorePair,
  type MatchableAdvisor,
  type MatchableStartup,
  type PairScore,
  type Weights,
} from '../scoring';
import { toPairFit } from './matchable';
import type { StartupMatch } from './matcher.port';

export interface RankableStartup {
  readonly matchable: MatchableStartup;
  readonly name: string;
  readonly weights: Weights;
}

/**
 * The startups that fit an advisor best, for the advisor's own view. The advisor's pause and full
 * load only stop them being recommended to startups; here they still see who would fit, so the
 * pair is scored as if one place were free (ranking among startups does not change by it).
 */
export const rankStartupsFor = (
  advisor: MatchableAdvisor,
  startups: readonly RankableStartup[],
  limit: number,
): StartupMatch[] => {
  const asOpen: MatchableAdvisor = {
    ...advisor,
    paused: false,
    capacity: Math.max(advisor.capacity, advisor.load + 1),
  };
  const scored: { score: PairScore; name: string }[] = [];
  for (const startup of startups) {
    const score = scorePair(startup.matchable, asOpen, startup.weights);
    if (score.candidate) scored.push({ score, name: startup.name });
  }
  scored.sort(
    (a, b) =>
      b.score.totalHundredths - a.score.totalHundredths ||
      (a.score.startupId < b.score.startupId ? -1 : a.score.startupId > b.score.startupId ? 1 : 0),
  );
  return scored
    .slice(0, limit)
    .map(({ score, name }) => ({ startupId: score.startupId, name, ...toPairFit(explainPair(score)) }));
};
