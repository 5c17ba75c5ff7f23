import { conflict } from '@jisr/errors';
import type { MatchingStore, MatchingTx } from '../matching-store.port';
import { countsTowardsLoad } from './introduction';

export const CURRENT_ADVISOR_ERROR = 'MATCHING.ALREADY_YOUR_ADVISOR';

/** The advisors a startup works with now: introductions accepted and not yet ended. */
export const currentAdvisorsOf = async (
  store: Pick<MatchingStore, 'introductions'>,
  startupId: string,
): Promise<Set<string>> =>
  new Set(
    (await store.introductions.listByStartup(startupId))
      .filter((record) => countsTowardsLoad(record.state))
      .map((record) => record.advisorId),
  );

/** Read inside the writer's transaction, so a request cannot slip past an acceptance committed before it. */
export const refuseCurrentAdvisor = async (
  tx: Pick<MatchingTx, 'introductions'>,
  startupId: string,
  advisorId: string,
): Promise<void> => {
  if ((await currentAdvisorsOf(tx, startupId)).has(advisorId)) {
    throw conflict(
      CURRENT_ADVISOR_ERROR,
      'You already work with this advisor through an accepted introduction.',
    );
  }
};
