import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, matchingApi, profileApi } from '../../../lib/api-client';
import type { operations } from '../../../lib/api-types/profile';

/** A programme as the council writes it (the body of POST and PUT /v1/programmes). */
export type ProgrammeInput = operations['postV1Programmes']['requestBody'] extends
  { content: { 'application/json': infer B } } | undefined
  ? B
  : never;
export type Phase = ProgrammeInput['phases'][number];
export type TrainingSession = NonNullable<Phase['trainingSessions']>[number];
export type Cohort = ProgrammeInput['cohorts'][number];
export type Weights = operations['putV1ProgrammesProgrammeIdWeights']['requestBody'] extends
  { content: { 'application/json': infer B } } | undefined
  ? B
  : never;

const fetchProgramme = async (programmeId: string) =>
  dataOf(await profileApi.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } } }));
export type Programme = Awaited<ReturnType<typeof fetchProgramme>>;

const KEY = ['console-programmes'] as const;

export const useProgrammes = () =>
  useQuery({
    queryKey: [...KEY, 'list'],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/programmes', { params: { query: { limit: 100 } } })),
  });

export const useProgramme = (programmeId: string) =>
  useQuery({ queryKey: [...KEY, 'one', programmeId], queryFn: () => fetchProgramme(programmeId) });

/** Creates a programme (no id yet) or replaces one; the lists and the programme are read again. */
export function useSaveProgramme() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ programmeId, body }: { programmeId: string | null; body: ProgrammeInput }) =>
      programmeId === null
        ? dataOf(await profileApi.POST('/v1/programmes', { body }))
        : dataOf(
            await profileApi.PUT('/v1/programmes/{programmeId}', { params: { path: { programmeId } }, body }),
          ),
    onSuccess: () => queries.invalidateQueries({ queryKey: KEY }),
  });
}

export function useSaveWeights(programmeId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: Weights) =>
      dataOf(
        await profileApi.PUT('/v1/programmes/{programmeId}/weights', {
          params: { path: { programmeId } },
          body,
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: KEY }),
  });
}

/** A sample startup's ranking under the weights in force and under proposed ones (matching writes nothing). */
export const useWeightsPreview = (programmeId: string, startupId: string | null, weights: Weights) =>
  useQuery({
    queryKey: [...KEY, 'weights-preview', programmeId, startupId, weights],
    enabled: startupId !== null,
    // Keeps the last ranking on screen while the next one is asked, so the table does not flicker.
    placeholderData: (previous) => previous,
    queryFn: async () =>
      dataOf(
        await matchingApi.POST('/v1/programmes/{programmeId}/weights-preview', {
          params: { path: { programmeId } },
          body: { startupId: startupId ?? '', weights, limit: 8 },
        }),
      ),
  });

export const useCentres = () =>
  useQuery({
    queryKey: [...KEY, 'centres'],
    queryFn: async () => dataOf(await profileApi.GET('/v1/centres')),
  });

type CentreBody = operations['putV1CentresCentreId']['requestBody'] extends
  { content: { 'application/json': infer B } } | undefined
  ? B
  : never;
export type City = CentreBody['city'];

export function useSaveCentre() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ centreId, body }: { centreId: string; body: CentreBody }) =>
      dataOf(await profileApi.PUT('/v1/centres/{centreId}', { params: { path: { centreId } }, body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: [...KEY, 'centres'] }),
  });
}

/** The programme's startups (the council's listing holds 100 a page; a cohort is far smaller). */
export const useProgrammeStartups = (programmeId: string) =>
  useQuery({
    queryKey: [...KEY, 'startups', programmeId],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/startups', { params: { query: { programmeId, limit: 100 } } })),
  });

export const useAllStartups = () =>
  useQuery({
    queryKey: [...KEY, 'startups', 'all'],
    queryFn: async () => dataOf(await profileApi.GET('/v1/startups', { params: { query: { limit: 100 } } })),
  });

export function usePlaceStartup() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      startupId: string;
      centreId: string | null;
      programmeId: string | null;
      cohortId: string | null;
    }) => {
      const { startupId, ...body } = input;
      return dataOf(
        await profileApi.PUT('/v1/startups/{startupId}/placement', { params: { path: { startupId } }, body }),
      );
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: [...KEY, 'startups'] }),
  });
}
