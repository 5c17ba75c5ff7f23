import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, messagingApi } from '../../../lib/api-client';

const PREFERENCES = ['notification-preferences'] as const;

/** How each kind of notification email reaches the signed-in person. */
export const useMailPreferences = () =>
  useQuery({
    queryKey: PREFERENCES,
    queryFn: async () => dataOf(await messagingApi.GET('/v1/notification-preferences', {})),
  });

export type MailChoices = NonNullable<ReturnType<typeof useMailPreferences>['data']>['choices'];
export type MailKind = keyof MailChoices;
export type MailDelivery = MailChoices[MailKind];

export const MAIL_KINDS: readonly MailKind[] = [
  'introduction-request',
  'deadline-reminder',
  'decision',
  'message-digest',
  'meeting',
];
export const MAIL_DELIVERIES: readonly MailDelivery[] = ['immediately', 'daily', 'never'];

export function useSaveMailPreferences() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (choices: MailChoices) =>
      dataOf(await messagingApi.PUT('/v1/notification-preferences', { body: { choices } })),
    onSuccess: (saved) => queries.setQueryData(PREFERENCES, saved),
  });
}
