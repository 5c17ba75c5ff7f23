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
/** A round as matching shows it: ready (the assignment), or its run while queued, solving or stopped. */
export type RoundStatus = Awaited<ReturnType<typeof fetchRound>>;
export type Round = Extract<RoundStatus, { state: 'ready' }>;
export type RoundRun = Exclude<RoundStatus, { state: 'ready' }>;
export const isRunning = (round: RoundStatus): round is RoundRun =>
  round.state === 'queued' || round.state === 'solving';
/** How often the page asks how a running round is doing. */
const POLL_MS = 500;

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

export function useRound(roundId: string | null) {
  const queries = useQueryClient();
  const key = [...KEY, 'round', roundId];
  return useQuery({
    queryKey: key,
    enabled: roundId !== null,
    queryFn: async () => {
      const before = queries.getQueryData<RoundStatus>(key);
      const round = await fetchRound(roundId ?? '');
      // A round that just finished joins the earlier rounds.
      if (before !== undefined && isRunning(before) && !isRunning(round))
        void queries.invalidateQueries({ queryKey: [...KEY, 'history'] });
      return round;
    },
    refetchInterval: (query) =>
      query.state.data !== undefined && isRunning(query.state.data) ? POLL_MS : false,
  });
}

export function usePreviewRound() {
  const queries = useQueryClient();
  return useMutation({
    // Answered at once with the run (202); the page then follows its progress until it is ready.
    mutationFn: async (body: RoundRequest): Promise<RoundStatus> =>
      dataOf(
        await matchingApi.POST('/v1/cohort-rounds', {
          params: { query: {} },
          body,
          headers: { prefer: 'respond-async' },
        }),
      ),
    onSuccess: (round) => {
      queries.setQueryData([...KEY, 'round', round.roundId], round);
      return queries.invalidateQueries({ queryKey: [...KEY, 'history'] });
    },
  });
}

/** Stops a queued or solving round; matching's solver stops too. */
export function useCancelRound() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: string): Promise<RoundStatus> =>
      dataOf(
        await matchingApi.POST('/v1/cohort-rounds/{roundId}/cancel', {
          params: { path: { roundId }, query: {} },
        }),
      ),
    onSuccess: (run) => queries.setQueryData([...KEY, 'round', run.roundId], run),
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
    // A round above the programme's four-eyes size answers with an approval request instead;
    // a confirmed round is a ready one (the confirm answer does not repeat the state).
    onSuccess: (answer) => {
      if ('roundId' in answer)
        queries.setQueryData([...KEY, 'round', answer.roundId], { ...answer, state: 'ready' as const });
      return queries.invalidateQueries({ queryKey: [...KEY, 'history'] });
    },
  });
}
