import { useQuery } from '@tanstack/react-query';
import { dataOf, matchingApi, ProblemError } from '../../../lib/api-client';

/**
 * The startups matching ranks for this advisor, with its reasons in the reader's language; null
 * while matching does not match the advisor yet (not verified, or deactivated).
 */
export const useBestStartups = (advisorId: string, language: string) =>
  useQuery({
    queryKey: ['best-startups', advisorId, language],
    queryFn: async () => {
      try {
        return dataOf(
          await matchingApi.GET('/v1/advisors/{advisorId}/recommended-startups', {
            params: { path: { advisorId }, query: { limit: 20 } },
          }),
        );
      } catch (error) {
        if (error instanceof ProblemError && error.problem.code === 'MATCHING.ADVISOR_NOT_MATCHABLE')
          return null;
        throw error;
      }
    },
  });
