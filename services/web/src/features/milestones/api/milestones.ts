import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';

const KEY = ['milestones'] as const;

const fetchStartupMilestones = async (startupId: string) =>
  dataOf(await profileApi.GET('/v1/startups/{startupId}/milestones', { params: { path: { startupId } } }));
export type StartupMilestones = Awaited<ReturnType<typeof fetchStartupMilestones>>;
export type MilestoneRow = StartupMilestones['phases'][number]['milestones'][number];
export type Claim = NonNullable<MilestoneRow['progress']>;

/** A startup's programme milestones, phase by phase, each with its claim. */
export const useStartupMilestones = (startupId: string) =>
  useQuery({ queryKey: [...KEY, 'startup', startupId], queryFn: () => fetchStartupMilestones(startupId) });

/** The startup claims a milestone with evidence (a text, an https link, or both). */
export function useMarkReached(startupId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ milestoneId, text, link }: { milestoneId: string; text: string; link: string }) =>
      dataOf(
        await profileApi.POST('/v1/startups/{startupId}/milestones/{milestoneId}/reached', {
          params: { path: { startupId, milestoneId } },
          body: {
            ...(text.trim() === '' ? {} : { text }),
            ...(link.trim() === '' ? {} : { link: link.trim() }),
          },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: [...KEY, 'startup', startupId] }),
  });
}

const fetchAwaiting = async () => dataOf(await profileApi.GET('/v1/milestones/awaiting', {}));
export type AwaitingClaim = Awaited<ReturnType<typeof fetchAwaiting>>['items'][number];

/** Claims the signed-in mentor (or coordinator) may decide. */
export const useAwaitingMilestones = () =>
  useQuery({ queryKey: [...KEY, 'awaiting'], queryFn: fetchAwaiting });

export type Decision = { confirm: true } | { confirm: false; reason: string };

/** Confirms a claim or sends it back with a reason; the list is read again. */
export function useDecideMilestone() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ claim, decision }: { claim: AwaitingClaim; decision: Decision }) => {
      const path = { startupId: claim.startupId, milestoneId: claim.milestoneId };
      return decision.confirm
        ? dataOf(
            await profileApi.POST('/v1/startups/{startupId}/milestones/{milestoneId}/confirm', {
              params: { path },
            }),
          )
        : dataOf(
            await profileApi.POST('/v1/startups/{startupId}/milestones/{milestoneId}/send-back', {
              params: { path },
              body: { reason: decision.reason },
            }),
          );
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: [...KEY, 'awaiting'] }),
  });
}

export const useProgrammeList = () =>
  useQuery({
    queryKey: [...KEY, 'programmes'],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/programmes', { params: { query: { limit: 100 } } })),
  });

/** Milestones reached and confirmed per cohort and phase of one programme. */
export const useCohortProgress = (programmeId: string | null) =>
  useQuery({
    queryKey: [...KEY, 'progress', programmeId],
    enabled: programmeId !== null,
    queryFn: async () =>
      dataOf(
        await profileApi.GET('/v1/programmes/{programmeId}/progress', {
          params: { path: { programmeId: programmeId ?? '' } },
        }),
      ),
  });
