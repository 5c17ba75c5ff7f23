import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, matchingApi } from '../../../lib/api-client';

/** Matching's default MATCHING_MAX_OPEN_REQUESTS; it refuses a fourth open request with a problem anyway. */
export const MAX_OPEN_REQUESTS = 3;

// Requests still awaiting the advisor hold one of the startup's open slots.
export const OPEN_STATES: ReadonlySet<string> = new Set(['requested', 'info-requested']);

/** The filters matching's recommendations take; an absent one means any. */
export interface MatchFilters {
  readonly offer?: 'mentoring' | 'investment' | 'market-access' | 'partnership';
  readonly language?: string;
  readonly centre?: string;
}

export const useRecommendations = (startupId: string, filters: MatchFilters = {}) =>
  useQuery({
    queryKey: ['matches', 'recommendations', startupId, filters],
    // The last list stays on screen while a changed filter loads, so the page does not jump.
    placeholderData: keepPreviousData,
    queryFn: async () =>
      dataOf(
        await matchingApi.GET('/v1/startups/{startupId}/recommendations', {
          params: { path: { startupId }, query: filters },
        }),
      ),
  });

export const useStartupIntroductions = (startupId: string) =>
  useQuery({
    queryKey: ['matches', 'introductions', startupId],
    queryFn: async () =>
      dataOf(
        await matchingApi.GET('/v1/startups/{startupId}/introductions', {
          params: { path: { startupId } },
        }),
      ),
  });

export const openRequestsOf = (items: readonly { state: string }[]): number =>
  items.filter((item) => OPEN_STATES.has(item.state)).length;

export function useRequestIntroduction() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: { advisorId: string; note: string }) =>
      dataOf(await matchingApi.POST('/v1/introductions', { body: input })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['matches'] }),
  });
}

export function useWithdrawRequest() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (introductionId: string) =>
      dataOf(
        await matchingApi.POST('/v1/introductions/{introductionId}/withdraw', {
          params: { path: { introductionId } },
          body: {},
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['matches'] }),
  });
}
