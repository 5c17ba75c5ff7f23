import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, messagingApi } from '../../../lib/api-client';
import { THREADS } from './threads';

const introductionKey = (id: string) => ['threads', 'introduction', id] as const;

/** The introduction a conversation belongs to: its state and, once done, its rating. */
export const useIntroduction = (introductionId: string) =>
  useQuery({
    queryKey: introductionKey(introductionId),
    queryFn: async () =>
      dataOf(await messagingApi.GET('/v1/introductions/{id}', { params: { path: { id: introductionId } } })),
  });

export interface Completion {
  readonly rating: number;
  readonly comment: string;
}

/** Ends the introduction with a rating; messaging closes its conversation at the same time. */
export function useCompleteIntroduction(introductionId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ rating, comment }: Completion) =>
      dataOf(
        await messagingApi.POST('/v1/introductions/{id}/complete', {
          params: { path: { id: introductionId } },
          body: comment.trim() === '' ? { rating } : { rating, comment: comment.normalize('NFC') },
        }),
      ),
    onSuccess: (introduction) => {
      queries.setQueryData(introductionKey(introductionId), introduction);
      return queries.invalidateQueries({ queryKey: THREADS });
    },
  });
}
