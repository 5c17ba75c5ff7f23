import { useQuery } from '@tanstack/react-query';
import type { operations } from '../../../lib/api-types/matching';
import { dataOf, matchingApi, profileApi } from '../../../lib/api-client';

type Json<O> = O extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
export type ImpactReport = Json<operations['getV1ReportsScopeId']>;
export const SCOPES = ['programme', 'cohort', 'centre'] as const;
export type Scope = (typeof SCOPES)[number];
export const RESEARCH_BY = ['sector', 'city', 'stage'] as const;

export const isScope = (value: unknown): value is Scope => SCOPES.some((scope) => scope === value);

export const useImpactReport = (scope: Scope, id: string | undefined) =>
  useQuery({
    queryKey: ['impact-report', scope, id],
    enabled: id !== undefined && id !== '',
    queryFn: async () =>
      dataOf(
        await matchingApi.GET('/v1/reports/{scope}/{id}', { params: { path: { scope, id: id ?? '' } } }),
      ),
  });

/** Programmes with their cohorts, to choose what to report on. */
export const useProgrammes = () =>
  useQuery({
    queryKey: ['impact-report', 'programmes'],
    staleTime: 5 * 60_000,
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/programmes', { params: { query: { limit: 100 } } })).items,
  });

/** The BFF prints the report page itself (Chromium), in the language asked for. */
export const pdfHref = (scope: Scope, id: string, lang: string): string =>
  `/api/reports/${scope}/${encodeURIComponent(id)}.pdf?lang=${lang}`;

export const researchCsvHref = (by: (typeof RESEARCH_BY)[number], lang: string): string =>
  `/api/matching/v1/research/export.csv?by=${by}&lang=${lang}`;

export const DICTIONARY_HREF = '/api/matching/v1/research/dictionary.md';
