import type { ExplainedPair } from '../scoring';
import type { AdvisorQuery } from './matcher.port';

interface ShownList {
  readonly query: string;
  readonly generation: number;
  readonly stamp: number;
  readonly pairs: readonly ExplainedPair[];
}

/** One string per distinct question: the same filters and the same advisors left out. */
export const queryKey = ({ limit, offer, language, centreId, exclude }: AdvisorQuery): string =>
  `${limit}|${offer ?? ''}|${language ?? ''}|${centreId ?? ''}|${exclude === undefined ? '' : [...exclude].sort().join(',')}`;

/**
 * The list each startup was last shown, with what it was computed from: the index's generation
 * (any advisor, startup, programme or load change) and the exposure ledger's stamp (any change of
 * who holds whom). A startup asking the same question while both stand gets the same list again
 * without scoring: the ranking would come out the same (its own hold only keeps its advisors in).
 */
export class ShownLists {
  readonly #byStartup = new Map<string, ShownList>();

  find(
    startupId: string,
    query: string,
    generation: number,
    stamp: number,
  ): readonly ExplainedPair[] | undefined {
    const shown = this.#byStartup.get(startupId);
    return shown !== undefined &&
      shown.query === query &&
      shown.generation === generation &&
      shown.stamp === stamp
      ? shown.pairs
      : undefined;
  }

  remember(startupId: string, shown: ShownList): void {
    this.#byStartup.set(startupId, shown);
  }

  forget(startupId: string): void {
    this.#byStartup.delete(startupId);
  }
}
