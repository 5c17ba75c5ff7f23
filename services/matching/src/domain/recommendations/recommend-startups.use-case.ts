import type { MatchingContext } from '../matching-context';
import type { StartupMatch } from './matcher.port';
import { notMatchable } from './not-matchable';

/** The startups that fit an advisor best, best first (a paused advisor sees theirs too). */
export function recommendStartups(
  { matcher }: MatchingContext,
  advisorId: string,
  limit: number,
): StartupMatch[] {
  const items = matcher.recommendStartups(advisorId, limit);
  if (items === null) throw notMatchable.advisor();
  return items;
}
