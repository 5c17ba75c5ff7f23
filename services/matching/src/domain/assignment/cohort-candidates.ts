import type { AdvisorIndex } from '../scoring/advisor-index';
import { scorePair } from '../scoring/score-pair';
import type { MatchableStartup, Weights } from '../scoring/scoring-types';
import type { CohortCandidate, CohortPair, CohortProblem, CohortSeat } from './assignment-types';

export interface CohortCandidateOptions {
  readonly startups: readonly MatchableStartup[];
  readonly index: AdvisorIndex;
  /** The weights each startup is scored with (its programme's). */
  readonly weightsOf: (startup: MatchableStartup) => Weights;
  /** How many of each startup's best advisors enter the graph; 20–50 keeps the optimum while the graph stays sparse. */
  readonly perStartup: number;
  readonly forbidden?: readonly CohortPair[] | undefined;
  readonly pinned?: readonly CohortPair[] | undefined;
}

/**
 * The sparse candidate graph of a round: each startup's top advisors from the fast index (a few
 * more when some of them are forbidden, so the startup keeps `perStartup` usable ones), the pinned
 * pairs with their real scores, and every advisor involved with their free places.
 */
export function cohortCandidates(
  options: CohortCandidateOptions,
): Pick<CohortProblem, 'startupIds' | 'advisors' | 'candidates'> {
  const forbiddenPer = new Map<string, number>();
  for (const pair of options.forbidden ?? [])
    forbiddenPer.set(pair.startupId, (forbiddenPer.get(pair.startupId) ?? 0) + 1);
  const candidates: CohortCandidate[] = [];
  const involved = new Set<string>();
  for (const startup of options.startups) {
    const limit = options.perStartup + (forbiddenPer.get(startup.startupId) ?? 0);
    for (const ranked of options.index.topK(startup, options.weightsOf(startup), { limit })) {
      candidates.push({
        startupId: startup.startupId,
        advisorId: ranked.advisor.advisorId,
        score: ranked.total,
      });
      involved.add(ranked.advisor.advisorId);
    }
  }
  const byId = new Map(options.startups.map((startup) => [startup.startupId, startup]));
  for (const pin of options.pinned ?? []) {
    const startup = byId.get(pin.startupId);
    const advisor = options.index.get(pin.advisorId);
    if (startup === undefined || advisor === undefined) continue;
    const score = scorePair(startup, advisor, options.weightsOf(startup));
    // A pin is the council's decision: it stands even when the pair would never be recommended.
    candidates.push({ ...pin, score: score.candidate ? score.total : 0 });
    involved.add(pin.advisorId);
  }
  const advisors: CohortSeat[] = [...involved].flatMap((advisorId) => {
    const advisor = options.index.get(advisorId);
    return advisor === undefined
      ? []
      : [{ advisorId, capacity: Math.max(0, advisor.capacity - advisor.load) }];
  });
  return { startupIds: options.startups.map((s) => s.startupId), advisors, candidates };
}
