import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';

/** The audit trail's filters, as the reader typed them (empty means "any"); dates are days. */
export interface AuditFilters {
  readonly actor: string;
  readonly organisation: string;
  readonly action: string;
  readonly target: string;
  readonly from: string;
  readonly to: string;
}
export const NO_FILTERS: AuditFilters = {
  actor: '',
  organisation: '',
  action: '',
  target: '',
  from: '',
  to: '',
};

/** The filters as query parameters: only those given; a day runs from its first to its last second (UTC). */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ['actor', 'organisation', 'action', 'target'] as const) {
    const value = filters[key].trim();
    if (value !== '') query[key] = value;
  }
  if (filters.from !== '') query.from = `${filters.from}T00:00:00Z`;
  if (filters.to !== '') query.to = `${filters.to}T23:59:59Z`;
  return query;
}

/** Where the browser downloads the filtered trail as CSV (the BFF forwards it to profile). */
export const auditCsvHref = (filters: AuditFilters): string => {
  const search = new URLSearchParams(auditQuery(filters)).toString();
  return `/api/profile/v1/audit.csv${search === '' ? '' : `?${search}`}`;
};

const KEY = ['console-audit'] as const;

/** One page of the trail, newest first; `cursor` is the page's start (null for the first). */
export const useAuditPage = (filters: AuditFilters, cursor: string | null) =>
  useQuery({
    queryKey: [...KEY, filters, cursor],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      dataOf(
        await profileApi.GET('/v1/audit', {
          params: { query: { ...auditQuery(filters), ...(cursor === null ? {} : { cursor }) } },
        }),
      ),
  });
export type AuditRecord = NonNullable<ReturnType<typeof useAuditPage>['data']>['items'][number];

/** Checks the hash chain now; the verdict names the first bad record, if any. */
export const useVerifyChain = () =>
  useMutation({
    mutationFn: async () => dataOf(await profileApi.GET('/v1/audit/verification')),
  });
