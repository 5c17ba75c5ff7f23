import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, messagingApi } from '../../../lib/api-client';

export type DeclineReason = 'no-capacity' | 'not-my-sector' | 'stage-mismatch' | 'language' | 'other';
export const DECLINE_REASONS: readonly DeclineReason[] = [
  'no-capacity',
  'not-my-sector',
  'stage-mismatch',
  'language',
  'other',
];

const INBOX = ['inbox'] as const;

/** The signed-in advisor's introduction requests, newest first as messaging sends them. */
export const useInbox = () =>
  useQuery({
    queryKey: INBOX,
    queryFn: async () => dataOf(await messagingApi.GET('/v1/introductions', {})),
  });

export type InboxItem = NonNullable<ReturnType<typeof useInbox>['data']>['items'][number];

export type Decision =
  | { readonly kind: 'accept' }
  | { readonly kind: 'decline'; readonly reason: DeclineReason; readonly comment: string }
  | { readonly kind: 'ask'; readonly question: string };

const decide = async (id: string, decision: Decision) => {
  const path = { params: { path: { id } } };
  switch (decision.kind) {
    case 'accept':
      return dataOf(await messagingApi.POST('/v1/introductions/{id}/accept', { ...path, body: {} }));
    case 'decline':
      return dataOf(
        await messagingApi.POST('/v1/introductions/{id}/decline', {
          ...path,
          body:
            decision.comment === ''
              ? { reason: decision.reason }
              : { reason: decision.reason, comment: decision.comment },
        }),
      );
    case 'ask':
      return dataOf(
        await messagingApi.POST('/v1/introductions/{id}/info-request', {
          ...path,
          body: { question: decision.question },
        }),
      );
  }
};

export function useDecision(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) => decide(id, decision),
    onSuccess: () => queries.invalidateQueries({ queryKey: INBOX }),
  });
}
