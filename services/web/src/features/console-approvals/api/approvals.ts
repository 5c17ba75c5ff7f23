import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, matchingApi, profileApi } from '../../../lib/api-client';

/** The services that hold four-eyes requests: profile (erasure, deactivation) and matching (cohort rounds). */
export const APPROVAL_SERVICES = ['profile', 'matching'] as const;
export type ApprovalService = (typeof APPROVAL_SERVICES)[number];

const listIn = async (service: ApprovalService) => {
  const query = { params: { query: { state: 'requested' as const } } };
  const page =
    service === 'profile'
      ? dataOf(await profileApi.GET('/v1/approvals', query))
      : dataOf(await matchingApi.GET('/v1/approvals', query));
  return page.items.map((approval) => ({ ...approval, service }));
};
export type WaitingApproval = Awaited<ReturnType<typeof listIn>>[number];

const KEY = ['console-approvals'] as const;

/** What waits for my decision in every service, oldest deadline first. */
export const useWaitingApprovals = () =>
  useQuery({
    queryKey: [...KEY, 'waiting'],
    queryFn: async () => {
      const lists = await Promise.all(APPROVAL_SERVICES.map(listIn));
      return lists.flat().sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
    },
  });

export interface Decision {
  readonly service: ApprovalService;
  readonly approvalId: string;
  readonly verdict: 'approve' | 'reject';
  readonly reason?: string;
}

const decideIn = async ({ service, approvalId, verdict, reason }: Decision) => {
  const params = { params: { path: { approvalId } } };
  const body = reason === undefined || reason === '' ? {} : { reason };
  if (verdict === 'reject') {
    const rejection = { ...params, body: { reason: reason ?? '' } };
    return service === 'profile'
      ? dataOf(await profileApi.POST('/v1/approvals/{approvalId}/reject', rejection))
      : dataOf(await matchingApi.POST('/v1/approvals/{approvalId}/reject', rejection));
  }
  return service === 'profile'
    ? dataOf(await profileApi.POST('/v1/approvals/{approvalId}/approve', { ...params, body }))
    : dataOf(await matchingApi.POST('/v1/approvals/{approvalId}/approve', { ...params, body }));
};

export function useDecideApproval() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: decideIn,
    onSuccess: () => queries.invalidateQueries({ queryKey: KEY }),
  });
}
