import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { operations } from '../../../lib/api-types/matching';
import { dataOf, matchingApi, profileApi } from '../../../lib/api-client';

/** The pipeline's filters, named as matching's API names them (and kept in the page's address). */
export const PIPELINE_FILTERS = [
  'sector',
  'stage',
  'city',
  'centre',
  'programme',
  'cohort',
  'language',
] as const;
export type PipelineFilters = Partial<Record<(typeof PIPELINE_FILTERS)[number], string>>;
export const DIMENSIONS = ['sector', 'city', 'stage', 'centre', 'programme', 'cohort', 'language'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type CsvView = 'funnel' | 'breakdown' | 'advisor-load' | 'introductions' | 'sectors';

type Json<O> = O extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
export type FunnelView = Json<operations['getV1PipelineFunnel']>;
type FunnelQuery = NonNullable<operations['getV1PipelineFunnel']['parameters']['query']>;

export const useFunnel = (filters: PipelineFilters) =>
  useQuery({
    queryKey: ['pipeline', 'funnel', filters],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      dataOf(await matchingApi.GET('/v1/pipeline/funnel', { params: { query: filters as FunnelQuery } })),
  });

export const useBreakdown = (by: Dimension, filters: PipelineFilters, lang: string) =>
  useQuery({
    queryKey: ['pipeline', 'breakdown', by, filters, lang],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      dataOf(
        await matchingApi.GET('/v1/pipeline/breakdown', {
          params: { query: { ...(filters as FunnelQuery), by, lang: lang as 'en' } },
        }),
      ),
  });

export const useAdvisorLoad = () =>
  useQuery({
    queryKey: ['pipeline', 'advisor-load'],
    queryFn: async () => dataOf(await matchingApi.GET('/v1/pipeline/advisor-load')).items,
  });

export const useSectorResearch = () =>
  useQuery({
    queryKey: ['pipeline', 'sectors'],
    queryFn: async () => dataOf(await matchingApi.GET('/v1/research/sectors')).items,
  });

/** Programmes with their cohorts, for the programme and cohort filters. */
export const useProgrammes = () =>
  useQuery({
    queryKey: ['pipeline', 'programmes'],
    staleTime: 5 * 60_000,
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/programmes', { params: { query: { limit: 100 } } })).items,
  });

export { useCentres } from '../../../lib/centres';

/**
 * The address of matching's own CSV of a view, with the same filters: the server writes it (RFC
 * 4180, formula cells defused), so the browser only downloads it.
 */
export const csvHref = (view: CsvView, filters: PipelineFilters, lang: string, by?: Dimension): string => {
  const query = new URLSearchParams({ view, lang, ...(by === undefined ? {} : { by }) });
  if (view !== 'advisor-load' && view !== 'sectors')
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/api/matching/v1/pipeline/export.csv?${query.toString()}`;
};
