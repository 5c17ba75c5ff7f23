import { useQuery } from '@tanstack/react-query';
import { dataOf, profileApi } from './api-client';

/** The business development centres (any signed-in person may list them), kept for five minutes. */
export const useCentres = () =>
  useQuery({
    queryKey: ['centres'],
    staleTime: 5 * 60_000,
    queryFn: async () => dataOf(await profileApi.GET('/v1/centres')).items,
  });
