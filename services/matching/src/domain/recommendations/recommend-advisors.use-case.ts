import type { MatchingContext } from '../matching-context';
import type { AdvisorMatch, AdvisorQuery } from './matcher.port';
import { notMatchable } from './not-matchable';

/** `exclude` (default): a startup's current advisors are left out; `include`: listed and marked. */
export const CURRENT_ADVISOR_MODES = ['exclude', 'include'] as const;
export type CurrentAdvisorMode = (typeof CURRENT_ADVISOR_MODES)[number];

export interface MarkedAdvisorMatch extends AdvisorMatch {
  /** The startup already works with this advisor (an accepted introduction that has not ended). */
  readonly currentAdvisor: boolean;
}

/**
 * A startup's best advisors, knowing whom it already works with. The live index keeps the accepted
 * introductions (reloaded after every commit, on every replica), so this hot read touches no storage.
 */
export function recommendAdvisors(
  { matcher }: MatchingContext,
  startupId: string,
  query: Omit<AdvisorQuery, 'exclude'>,
  current: CurrentAdvisorMode,
): MarkedAdvisorMatch[] {
  const mine = matcher.currentAdvisorsOf(startupId);
  const items = matcher.recommendAdvisors(startupId, {
    ...query,
    ...(current === 'exclude' ? { exclude: mine } : {}),
  });
  if (items === null) throw notMatchable.startup();
  // Named, not spread (a hot route): the item's fields and whether it is a current advisor.
  return items.map((item) => ({
    advisorId: item.advisorId,
    displayName: item.displayName,
    organisation: item.organisation,
    roles: item.roles,
    offers: item.offers,
    freeCapacity: item.freeCapacity,
    score: item.score,
    explanation: item.explanation,
    currentAdvisor: mine.has(item.advisorId),
  }));
}
