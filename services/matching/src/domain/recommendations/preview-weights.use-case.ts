import type { MatchWeights } from '@jisr/contracts';
import type { MatchingContext } from '../matching-context';
import type { WeightsPreview } from './matcher.port';
import { notMatchable } from './not-matchable';

/** How a sample startup's ranking would change under proposed weights; nothing is saved. */
export function previewWeights(
  { matcher }: MatchingContext,
  input: { startupId: string; programmeId: string; weights: MatchWeights; limit: number },
): WeightsPreview {
  const preview = matcher.previewWeights(input.startupId, input.programmeId, input.weights, input.limit);
  if (preview === null) throw notMatchable.startup();
  return preview;
}
