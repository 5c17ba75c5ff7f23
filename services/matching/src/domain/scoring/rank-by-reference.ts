import { advisorNeeds, ticketCovers } from './criteria';
import { scorePair } from './score-pair';
import type { AdvisorFilter } from './scan-top-k';
import type { MatchableAdvisor, MatchableStartup, PairScore, Weights } from './scoring-types';

/** The filter rules of `AdvisorFilter`, written out plainly for one advisor. */
export function passesFilter(
  startup: MatchableStartup,
  advisor: MatchableAdvisor,
  filter: AdvisorFilter,
): boolean {
  if (filter.offer !== undefined) {
    if (!advisor.offers.includes(filter.offer)) return false;
    const sought = advisorNeeds(startup).find((need) => need.kind === 'investment')?.amountUsd;
    if (filter.offer === 'investment' && sought !== undefined) {
      if (advisor.ticket === undefined || !ticketCovers(advisor.ticket.minUsd, advisor.ticket.maxUsd, sought))
        return false;
    }
  }
  if (filter.language !== undefined && !advisor.languages.some((skill) => skill.code === filter.language))
    return false;
  return filter.centreId === undefined || advisor.centreId === filter.centreId;
}

/** Best first: higher total, then smaller id. */
export const byRank = (a: PairScore, b: PairScore): number =>
  b.totalHundredths - a.totalHundredths ||
  (a.advisorId < b.advisorId ? -1 : a.advisorId > b.advisorId ? 1 : 0);

/**
 * The straightforward ranking: score every advisor with the reference scorer and sort them all.
 * The oracle the fast index is tested against, and the benchmark's baseline.
 */
export function rankByReference(
  startup: MatchableStartup,
  advisors: Iterable<MatchableAdvisor>,
  weights: Weights,
  query: AdvisorFilter & { readonly limit: number },
): PairScore[] {
  const scored: PairScore[] = [];
  for (const advisor of advisors) {
    if (!passesFilter(startup, advisor, query)) continue;
    const score = scorePair(startup, advisor, weights);
    if (score.candidate) scored.push(score);
  }
  return scored.sort(byRank).slice(0, Math.max(0, Math.floor(query.limit)));
}
