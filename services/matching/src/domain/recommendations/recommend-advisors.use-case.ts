import type { MatchingStore } from '../matching-store.port';
import { currentAdvisorsOf } from '../introductions/current-advisors';
import type { AdvisorMatch, AdvisorQuery, Matcher } from './matcher.port';

/** `exclude` (default): a startup's current advisors are left out; `include`: listed and marked. */
export const CURRENT_ADVISOR_MODES = ['exclude', 'include'] as const;
export type CurrentAdvisorMode = (typeof CURRENT_ADVISOR_MODES)[number];

export interface MarkedAdvisorMatch extends AdvisorMatch {
  /** The startup already works with this advisor (an accepted introduction that has not ended). */
  readonly currentAdvisor: boolean;
}

/** A startup's best advisors, knowing whom it already works with. */
export const createRecommendAdvisors =
  ({ store, matcher }: { store: Pick<MatchingStore, 'introductions'>; matcher: () => Matcher }) =>
  async (
    startupId: string,
    query: Omit<AdvisorQuery, 'exclude'>,
    current: CurrentAdvisorMode,
  ): Promise<MarkedAdvisorMatch[] | null> => {
    const mine = await currentAdvisorsOf(store, startupId);
    const items = matcher().recommendAdvisors(startupId, {
      ...query,
      ...(current === 'exclude' ? { exclude: mine } : {}),
    });
    return items?.map((item) => ({ ...item, currentAdvisor: mine.has(item.advisorId) })) ?? null;
  };
