import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { CSRF_HEADER, ProblemError, dataOf, profileApi, type Problem } from '../../../lib/api-client';

export interface SignedIn {
  readonly accountId: string;
  readonly role: 'startup' | 'advisor' | 'council';
  /** A member of staff's roles (admin, programme-manager, verifier, centre-coordinator, observer). */
  readonly staffRoles?: readonly string[];
}

const sessionCall = async (method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<Response> =>
  fetch('/api/session', {
    method,
    credentials: 'same-origin',
    headers: {
      ...CSRF_HEADER,
      'accept-language': document.documentElement.lang || 'en',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const problemOf = async (response: Response): Promise<ProblemError> => {
  const problem = (await response.json().catch(() => null)) as Problem | null;
  return new ProblemError(
    problem ?? { status: response.status, code: 'HTTP.FAILED', detail: response.statusText, errors: [] },
  );
};

/** Who is signed in in this browser (the BFF knows; the browser holds no token), or null. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<SignedIn | null> => {
    const response = await sessionCall('GET');
    if (response.status === 401) return null;
    if (!response.ok) throw await problemOf(response);
    return (await response.json()) as SignedIn;
  },
  staleTime: 60_000,
});

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

export function useSignIn() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials): Promise<SignedIn> => {
      const response = await sessionCall('POST', credentials);
      if (!response.ok) throw await problemOf(response);
      return (await response.json()) as SignedIn;
    },
    onSuccess: (signedIn) => {
      queries.clear();
      queries.setQueryData(sessionQuery.queryKey, signedIn);
    },
  });
}

/**
 * Registers, then says "check your inbox": the answer is the same for a taken address, so the app
 * does not sign in (that would tell who has an account); the person signs in themselves.
 */
export function useSignUp() {
  return useMutation({
    mutationFn: async (input: Credentials & { role: 'startup' | 'advisor' }): Promise<void> => {
      dataOf(await profileApi.POST('/v1/accounts', { body: input }));
    },
  });
}

export function useSignOut() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<void> => {
      const response = await sessionCall('DELETE');
      if (!response.ok) throw await problemOf(response);
    },
    onSuccess: () => {
      queries.clear();
      queries.setQueryData(sessionQuery.queryKey, null);
    },
  });
}
