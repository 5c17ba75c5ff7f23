import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import type { operations } from '../../../lib/api-types/profile';
import { dataOf, profileApi } from '../../../lib/api-client';

type Json<O> = O extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
export type StartupView = Json<operations['getV1Startups']>['items'][number];
export type AdvisorView = Json<operations['getV1Advisors']>['items'][number];

// The queue is read whole, up to this many per kind; beyond it the count says "100+".
const QUEUE_LIMIT = 100;

export const queueKeys = {
  all: ['console', 'queue'] as const,
  startups: ['console', 'queue', 'startups'] as const,
  advisors: ['console', 'queue', 'advisors'] as const,
  changes: ['console', 'queue', 'changes'] as const,
};

const pending = { verification: 'pending', deactivated: 'false', limit: QUEUE_LIMIT } as const;

/** New startups, new advisors and verified advisors with a held change, as the council decides them. */
export function useVerificationQueue(enabled = true) {
  const [startups, advisors, changes] = useQueries({
    queries: [
      {
        queryKey: queueKeys.startups,
        enabled,
        queryFn: async () => dataOf(await profileApi.GET('/v1/startups', { params: { query: pending } })),
      },
      {
        queryKey: queueKeys.advisors,
        enabled,
        queryFn: async () => dataOf(await profileApi.GET('/v1/advisors', { params: { query: pending } })),
      },
      {
        queryKey: queueKeys.changes,
        enabled,
        queryFn: async () =>
          dataOf(
            await profileApi.GET('/v1/advisors', {
              params: { query: { pendingChange: 'true', deactivated: 'false', limit: QUEUE_LIMIT } },
            }),
          ),
      },
    ],
  });
  return { startups, advisors, changes };
}

/** How many decisions wait, for the navigation: a number, "100+" past a full page, null while unknown. */
export function useQueueCount(enabled: boolean): { total: number | null; label: string } {
  const { startups, advisors, changes } = useVerificationQueue(enabled);
  const pages = [startups.data, advisors.data, changes.data];
  if (pages.some((page) => page === undefined)) return { total: null, label: '' };
  const total = pages.reduce((sum, page) => sum + (page?.items.length ?? 0), 0);
  const more = pages.some((page) => page?.nextCursor !== null);
  return { total, label: more ? `${total}+` : String(total) };
}

export interface Decision {
  readonly kind: 'startup' | 'advisor';
  readonly id: string;
  readonly decision: 'verified' | 'rejected';
  readonly reason?: string;
}

/** Approve or reject (with a reason) one profile or held change; the queue and directory refresh. */
export function useDecideVerification() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, id, decision, reason }: Decision) => {
      const body = reason === undefined ? { decision } : { decision, reason };
      return kind === 'startup'
        ? dataOf(
            await profileApi.POST('/v1/startups/{startupId}/verification', {
              params: { path: { startupId: id } },
              body,
            }),
          )
        : dataOf(
            await profileApi.POST('/v1/advisors/{advisorId}/verification', {
              params: { path: { advisorId: id } },
              body,
            }),
          );
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: ['console'] }),
  });
}
