import type { MatchingContext } from '../matching-context';
import type { CohortRound } from './cohort-round';

/** What the council's list of earlier rounds shows of one round (the full round is one GET away). */
export interface RoundSummary {
  readonly roundId: string;
  readonly cohortId: string;
  readonly programmeId: string | null;
  readonly objective: CohortRound['objective'];
  readonly status: CohortRound['status'];
  readonly createdAt: string;
  readonly createdBy: string;
  readonly confirmedAt: string | null;
  readonly total: number;
  readonly assigned: number;
  readonly unassigned: number;
  readonly pinned: number;
  readonly forbidden: number;
  readonly requested: number;
}

const summaryOf = (round: CohortRound): RoundSummary => ({
  roundId: round.id,
  cohortId: round.cohortId,
  programmeId: round.programmeId,
  objective: round.objective,
  status: round.status,
  createdAt: round.createdAt,
  createdBy: round.createdBy,
  confirmedAt: round.confirmedAt,
  total: round.total,
  assigned: round.pairs.length,
  unassigned: round.unassigned.length,
  pinned: round.pinned.length,
  forbidden: round.forbidden.length,
  requested: round.introductionIds.length,
});

/** A cohort's rounds (or every round), newest first, at most `limit`. */
export const roundHistory = async (
  { store }: MatchingContext,
  query: { readonly cohortId?: string | undefined; readonly limit: number },
): Promise<RoundSummary[]> =>
  (await store.rounds.all())
    .filter((round) => query.cohortId === undefined || round.cohortId === query.cohortId)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .slice(0, query.limit)
    .map(summaryOf);
