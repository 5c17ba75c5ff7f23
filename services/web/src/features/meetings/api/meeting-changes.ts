import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, messagingApi } from '../../../lib/api-client';

/** Every meeting of one introduction, past ones included (their outcome is recorded after the start). */
export const useIntroductionMeetings = (introductionId: string) =>
  useQuery({
    queryKey: ['meetings', 'introduction', introductionId],
    queryFn: async () =>
      dataOf(
        await messagingApi.GET('/v1/introductions/{id}/meetings', {
          params: { path: { id: introductionId } },
        }),
      ),
  });

export type MeetingDetails = NonNullable<ReturnType<typeof useIntroductionMeetings>['data']>['items'][number];

export type MeetingChange =
  | { readonly kind: 'reschedule'; readonly startsAt: string; readonly reason: string }
  | { readonly kind: 'cancel'; readonly reason: string }
  | { readonly kind: 'propose'; readonly times: readonly string[] }
  | { readonly kind: 'outcome'; readonly outcome: 'held' | 'no-show'; readonly note: string };

const change = async (id: string, input: MeetingChange) => {
  const params = { params: { path: { id } } };
  switch (input.kind) {
    case 'reschedule':
      return dataOf(
        await messagingApi.POST('/v1/meetings/{id}/reschedule', {
          ...params,
          body: { startsAt: input.startsAt, reason: input.reason.normalize('NFC') },
        }),
      );
    case 'cancel':
      return dataOf(
        await messagingApi.POST('/v1/meetings/{id}/cancel', {
          ...params,
          body: { reason: input.reason.normalize('NFC') },
        }),
      );
    case 'propose':
      return dataOf(
        await messagingApi.POST('/v1/meetings/{id}/proposals', {
          ...params,
          body: { times: [...input.times] },
        }),
      );
    case 'outcome':
      return dataOf(
        await messagingApi.POST('/v1/meetings/{id}/outcome', {
          ...params,
          body: { outcome: input.outcome, note: input.note.normalize('NFC') },
        }),
      );
  }
};

/** Reschedule, cancel, propose other times or record the outcome; every meeting list refreshes after. */
export function useChangeMeeting(meetingId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingChange) => change(meetingId, input),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['meetings'] }),
  });
}
