import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { operations } from '../../../lib/api-types/profile';
import { dataOf, matchingApi, profileApi } from '../../../lib/api-client';

export type DirectoryKind = 'startup' | 'advisor';
type StartupQuery = NonNullable<operations['getV1Startups']['parameters']['query']>;
type AdvisorQuery = NonNullable<operations['getV1Advisors']['parameters']['query']>;

/** The directory's filters as the URL keeps them; each one the profile API takes under the same name. */
export const FILTERS = ['q', 'sector', 'stage', 'city', 'centreId', 'language', 'verification'] as const;
export const ADVISOR_FILTERS = ['offer', 'paused'] as const;
export type DirectoryFilters = Partial<
  Record<(typeof FILTERS)[number] | (typeof ADVISOR_FILTERS)[number], string | undefined>
>;

const PAGE = 25;

/** One kind of person, filtered, a page at a time ("show more" fetches the next cursor). */
export function useDirectory(kind: DirectoryKind, filters: DirectoryFilters) {
  return useInfiniteQuery({
    queryKey: ['console', 'directory', kind, filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam }) => {
      const paging = { limit: PAGE, ...(pageParam === undefined ? {} : { cursor: pageParam }) };
      const given = Object.entries(filters).filter(([, value]) => value !== undefined && value !== '');
      if (kind === 'startup') {
        const forStartups = given.filter(([key]) => key !== 'offer' && key !== 'paused');
        const query = { ...Object.fromEntries(forStartups), ...paging } as StartupQuery;
        const page = dataOf(await profileApi.GET('/v1/startups', { params: { query } }));
        return { nextCursor: page.nextCursor, startups: page.items, advisors: [] };
      }
      const query = { ...Object.fromEntries(given), ...paging } as AdvisorQuery;
      const page = dataOf(await profileApi.GET('/v1/advisors', { params: { query } }));
      return { nextCursor: page.nextCursor, startups: [], advisors: page.items };
    },
  });
}

export const useCentres = () =>
  useQuery({
    queryKey: ['console', 'centres'],
    staleTime: 5 * 60_000,
    queryFn: async () => dataOf(await profileApi.GET('/v1/centres')).items,
  });

export const useStartup = (startupId: string) =>
  useQuery({
    queryKey: ['console', 'startup', startupId],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/startups/{startupId}', { params: { path: { startupId } } })),
  });

export const useAdvisor = (advisorId: string) =>
  useQuery({
    queryKey: ['console', 'advisor', advisorId],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/advisors/{advisorId}', { params: { path: { advisorId } } })),
  });

/** A person's introduction requests, newest first. */
export const useIntroductionsOf = (kind: DirectoryKind, id: string) =>
  useQuery({
    queryKey: ['console', 'introductions', kind, id],
    queryFn: async () =>
      kind === 'startup'
        ? dataOf(
            await matchingApi.GET('/v1/startups/{startupId}/introductions', {
              params: { path: { startupId: id } },
            }),
          ).items
        : dataOf(
            await matchingApi.GET('/v1/advisors/{advisorId}/introductions', {
              params: { path: { advisorId: id } },
            }),
          ).items,
  });

/** Every advisor's capacity and introductions (matching's view); the directory picks one row. */
export const useAdvisorLoad = () =>
  useQuery({
    queryKey: ['console', 'advisor-load'],
    queryFn: async () => dataOf(await matchingApi.GET('/v1/pipeline/advisor-load')).items,
  });

/** The council pauses or resumes an advisor's new introductions. */
export function usePauseAdvisor(advisorId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (paused: boolean) =>
      dataOf(
        await profileApi.PUT('/v1/advisors/{advisorId}/pause', {
          params: { path: { advisorId } },
          body: { paused },
        }),
      ),
    onSuccess: (advisor) => {
      queries.setQueryData(['console', 'advisor', advisorId], advisor);
      return queries.invalidateQueries({ queryKey: ['console', 'directory'] });
    },
  });
}
