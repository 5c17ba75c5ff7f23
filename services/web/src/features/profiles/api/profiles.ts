import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, profileApi, ProblemError } from '../../../lib/api-client';
import type { paths } from '../../../lib/api-types/profile';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type StartupInput = Json<paths['/v1/startups/{startupId}']['put']['requestBody']>;
export type StartupView = Json<paths['/v1/startups/{startupId}']['get']['responses'][200]>;
export type AdvisorInput = Json<paths['/v1/advisors/{advisorId}']['put']['requestBody']>;
export type AdvisorView = Json<paths['/v1/advisors/{advisorId}']['get']['responses'][200]>;
export type Division = Json<paths['/v1/sectors']['get']['responses'][200]>['items'][number];

// A profile not written yet is a 404; for its owner that is an empty form, not an error.
const unlessAbsent = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ProblemError && error.problem.status === 404) return null;
    throw error;
  }
};

export const useStartupProfile = (startupId: string) =>
  useQuery({
    queryKey: ['profiles', 'startup', startupId],
    queryFn: () =>
      unlessAbsent(async () =>
        dataOf(await profileApi.GET('/v1/startups/{startupId}', { params: { path: { startupId } } })),
      ),
  });

export function useSaveStartupProfile(startupId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: StartupInput) =>
      dataOf(await profileApi.PUT('/v1/startups/{startupId}', { params: { path: { startupId } }, body })),
    onSuccess: (saved) => queries.setQueryData(['profiles', 'startup', startupId], saved),
  });
}

export const useAdvisorProfile = (advisorId: string) =>
  useQuery({
    queryKey: ['profiles', 'advisor', advisorId],
    queryFn: () =>
      unlessAbsent(async () =>
        dataOf(await profileApi.GET('/v1/advisors/{advisorId}', { params: { path: { advisorId } } })),
      ),
  });

export function useSaveAdvisorProfile(advisorId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: AdvisorInput) =>
      dataOf(await profileApi.PUT('/v1/advisors/{advisorId}', { params: { path: { advisorId } }, body })),
    onSuccess: (saved) => queries.setQueryData(['profiles', 'advisor', advisorId], saved),
  });
}

export function usePauseSwitch(advisorId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (paused: boolean) =>
      dataOf(
        await profileApi.PUT('/v1/advisors/{advisorId}/pause', {
          params: { path: { advisorId } },
          body: { paused },
        }),
      ),
    onSuccess: (saved) => queries.setQueryData(['profiles', 'advisor', advisorId], saved),
  });
}

/** Every ISIC division, to name the chosen ones; the taxonomy does not change while the app runs. */
export const useDivisions = () =>
  useQuery({
    queryKey: ['profiles', 'sectors', ''],
    queryFn: async () => dataOf(await profileApi.GET('/v1/sectors')).items,
    staleTime: Infinity,
  });

/** The divisions profile finds for what the person typed, in any of the three languages. */
export const useSectorSearch = (term: string) =>
  useQuery({
    queryKey: ['profiles', 'sectors', term],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/sectors', { params: { query: { q: term } } })).items,
    enabled: term.trim() !== '',
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
