import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, matchingApi, profileApi } from '../../../lib/api-client';
import type { operations } from '../../../lib/api-types/matching';

type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type RoundRequest = BodyOf<operations['postV1CohortRounds']>;
export type Objective = NonNullable<RoundRequest['objective']>;
export interface Pair {
  readonly startupId: string;
  readonly advisorId: string;
}

const fetchRound = async (roundId: string) =>
  dataOf(await matchingApi.GET('/v1/cohort-rounds/{roundId}', { params: { path: { roundId }, query: {} } }));
export type Round = Awaited<ReturnType<typeof fetchRound>>;

const KEY = ['console-rounds'] as const;

/** Every cohort of every programme, to pick the round's cohort from. */
export const useCohorts = () =>
  useQuery({
    queryKey: [...KEY, 'cohorts'],
    queryFn: async () => {
      const page = dataOf(await profileApi.GET('/v1/programmes', { params: { query: { limit: 100 } } }));
      return page.items.flatMap((programme) =>
        programme.cohorts.map((cohort) => ({
          programmeId: programme.programmeId,
          programme: programme.name,
          ...cohort,
        })),
      );
    },
  });

/** The cohort's startups by id (names for the preview and the pin and ban pickers). */
export const useCohortStartups = (cohort: { programmeId: string; cohortId: string } | null) =>
  useQuery({
    queryKey: [...KEY, 'startups', cohort?.programmeId, cohort?.cohortId],
    enabled: cohort !== null,
    queryFn: async () =>
      dataOf(
        await profileApi.GET('/v1/startups', {
          params: {
            query: { programmeId: cohort?.programmeId ?? '', cohortId: cohort?.cohortId ?? '', limit: 100 },
          },
        }),
      ).items,
  });

/** Verified mentors and investors by id (a round only assigns verified ones). */
export const useAdvisors = () =>
  useQuery({
    queryKey: [...KEY, 'advisors'],
    queryFn: async () =>
      dataOf(
        await profileApi.GET('/v1/advisors', { params: { query: { verification: 'verified', limit: 100 } } }),
      ).items,
  });

export const useRoundHistory = (cohortId: string | null) =>
  useQuery({
    queryKey: [...KEY, 'history', cohortId],
    enabled: cohortId !== null,
    queryFn: async () =>
      dataOf(await matchingApi.GET('/v1/cohort-rounds', { params: { query: { cohortId: cohortId ?? '' } } }))
        .items,
  });

export const useRound = (roundId: string | null) =>
  useQuery({
    queryKey: [...KEY, 'round', roundId],
    enabled: roundId !== null,
    queryFn: () => fetchRound(roundId ?? ''),
  });

export function usePreviewRound() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: RoundRequest) =>
      dataOf(await matchingApi.POST('/v1/cohort-rounds', { params: { query: {} }, body })),
    onSuccess: (round) => {
      queries.setQueryData([...KEY, 'round', round.roundId], round);
      return queries.invalidateQueries({ queryKey: [...KEY, 'history'] });
    },
  });
}

export function useConfirmRound() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: string) =>
      dataOf(
        await matchingApi.POST('/v1/cohort-rounds/{roundId}/confirm', {
          params: { path: { roundId }, query: {} },
          body: {},
        }),
      ),
    onSuccess: (round) => {
      queries.setQueryData([...KEY, 'round', round.roundId], round);
      return queries.invalidateQueries({ queryKey: [...KEY, 'history'] });
    },
  });
}
