import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, messagingApi } from '../../../lib/api-client';

export const NOTIFICATIONS = ['notifications'] as const;

/** The reader's latest notifications and how many are unread (the navigation reads the count). */
export const useNotifications = () =>
  useQuery({
    queryKey: NOTIFICATIONS,
    queryFn: async () =>
      dataOf(await messagingApi.GET('/v1/notifications', { params: { query: { limit: 50 } } })),
  });

export type NotificationItem = NonNullable<ReturnType<typeof useNotifications>['data']>['items'][number];

/** Marks the given notifications read, or every one when no ids are given. */
export function useMarkNotificationsRead() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (ids?: readonly string[]) =>
      dataOf(
        await messagingApi.POST('/v1/notifications/read', {
          body: ids === undefined ? {} : { ids: [...ids] },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: NOTIFICATIONS }),
  });
}
