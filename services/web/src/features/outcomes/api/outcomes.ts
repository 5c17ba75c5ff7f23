import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';
import type { operations } from '../../../lib/api-types/profile';

/** A quarter's check-in as the startup writes it (the body of PUT …/outcomes/{quarter}). */
export type OutcomeReport = operations['putV1StartupsStartupIdOutcomesQuarter']['requestBody'] extends
  { content: { 'application/json': infer B } } | undefined
  ? B
  : never;
export type TurkishDeal = OutcomeReport['turkishDeals'][number];

export const REVENUE_BANDS: readonly OutcomeReport['revenueBand'][] = [
  'none',
  'under-10k',
  '10k-50k',
  '50k-250k',
  '250k-1m',
  'over-1m',
];
export const INVESTMENT_SOURCES: readonly OutcomeReport['investmentRaised']['source'][] = [
  'none',
  'turkish-investor-via-jisr',
  'other-investor',
  'grant',
  'loan',
];

const fetchHistory = async (startupId: string) =>
  dataOf(await profileApi.GET('/v1/startups/{startupId}/outcomes', { params: { path: { startupId } } }));
export type OutcomeHistory = Awaited<ReturnType<typeof fetchHistory>>;

const key = (startupId: string) => ['outcomes', startupId] as const;

/** Every check-in of the startup with its revisions, and the quarter now due. */
export const useOutcomeHistory = (startupId: string) =>
  useQuery({ queryKey: key(startupId), queryFn: () => fetchHistory(startupId) });

/** Reports (or amends) one quarter; the history is read again. */
export function useReportOutcome(startupId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ quarter, report }: { quarter: string; report: OutcomeReport }) =>
      dataOf(
        await profileApi.PUT('/v1/startups/{startupId}/outcomes/{quarter}', {
          params: { path: { startupId, quarter } },
          body: report,
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: key(startupId) }),
  });
}

/** The quarter `at` falls in, `2026-Q4` (UTC, as profile counts them). */
export const quarterOf = (at: Date): string =>
  `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;

export const previousQuarter = (quarter: string): string => {
  const year = Number(quarter.slice(0, 4));
  const index = Number(quarter.slice(6));
  return index === 1 ? `${year - 1}-Q4` : `${year}-Q${index - 1}`;
};

/** `2026-Q4` as the reader says it ("الربع 4 من 2026"): a bare code reads backwards inside Arabic text. */
export const quarterName = (
  t: (key: string, values: Record<string, string>) => string,
  quarter: string,
): string => t('quarterName', { year: quarter.slice(0, 4), q: quarter.slice(6) });
