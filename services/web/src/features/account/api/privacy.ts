import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';

/** Everything profile holds about the account, saved as a JSON file by the browser. */
export function useExportData(accountId: string) {
  return useMutation({
    mutationFn: async (): Promise<Blob> => {
      const data = dataOf(
        await profileApi.GET('/v1/accounts/{accountId}/export', { params: { path: { accountId } } }),
      );
      return new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    },
  });
}

/** Erases the account and its profile for good; the session ends with it. */
export function useEraseAccount(accountId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<void> => {
      const result = await profileApi.DELETE('/v1/accounts/{accountId}', { params: { path: { accountId } } });
      if (!result.response.ok) dataOf(result);
      await fetch('/api/session', { method: 'DELETE', headers: { 'x-jisr-csrf': '1' } });
    },
    onSuccess: () => {
      queries.clear();
      queries.setQueryData(['session'], null);
    },
  });
}
