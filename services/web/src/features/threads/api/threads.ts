import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, messagingApi } from '../../../lib/api-client';

export const THREADS = ['threads'] as const;
const messagesKey = (threadId: string) => [...THREADS, threadId, 'messages'] as const;
const path = (id: string) => ({ params: { path: { id } } });

/** The signed-in party's conversations, each with its unread count. */
export const useThreads = () =>
  useQuery({
    queryKey: THREADS,
    queryFn: async () => dataOf(await messagingApi.GET('/v1/threads', { params: { query: { limit: 100 } } })),
  });

export type ThreadItem = NonNullable<ReturnType<typeof useThreads>['data']>['items'][number];

/** Unread messages over every conversation, for the navigation. */
export const useUnreadMessages = (): number =>
  useThreads().data?.items.reduce((sum, thread) => sum + (thread.unreadCount ?? 0), 0) ?? 0;

export const useThread = (threadId: string) =>
  useQuery({
    queryKey: [...THREADS, threadId],
    queryFn: async () => dataOf(await messagingApi.GET('/v1/threads/{id}', path(threadId))),
  });

/** The latest messages, oldest first as a conversation reads (messaging sends them newest first). */
export const useMessages = (threadId: string) =>
  useQuery({
    queryKey: messagesKey(threadId),
    queryFn: async () => {
      const page = dataOf(
        await messagingApi.GET('/v1/threads/{id}/messages', {
          params: { path: { id: threadId }, query: { limit: 100 } },
        }),
      );
      return [...page.items].reverse();
    },
  });

export type MessageItem = NonNullable<ReturnType<typeof useMessages>['data']>[number];

/** Text as the service stores it (NFC): the same letters typed on two keyboards compare equal. */
export const normalisedMessage = (text: string): string => text.normalize('NFC');

export function useSendMessage(threadId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      dataOf(
        await messagingApi.POST('/v1/threads/{id}/messages', {
          ...path(threadId),
          body: { body: normalisedMessage(text) },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: messagesKey(threadId) }),
  });
}

/** Marks what the reader has seen; the unread counts (thread and navigation) follow. */
export function useMarkRead(threadId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (upToSeq: number) =>
      dataOf(await messagingApi.POST('/v1/threads/{id}/read', { ...path(threadId), body: { upToSeq } })),
    onSuccess: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: THREADS, exact: true }),
        queries.invalidateQueries({ queryKey: [...THREADS, threadId], exact: true }),
      ]),
  });
}
