import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as MatchingPaths } from './api-types/matching';
import type { paths as MessagingPaths } from './api-types/messaging';
import type { paths as ProfilePaths } from './api-types/profile';

/** The header the BFF requires on every change (its CSRF defence). */
export const CSRF_HEADER = { 'x-jisr-csrf': '1' } as const;

/** A problem+json answer, as every Jisr service and the BFF send them. */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly { path: string; code: string; message: string }[];
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value && 'detail' in value;

/** The answer's data, or a ProblemError carrying the service's (localised) problem. */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = isProblem(result.error)
      ? { ...result.error, errors: result.error.errors ?? [] }
      : {
          status: result.response.status,
          code: 'HTTP.FAILED',
          detail: result.response.statusText,
          errors: [],
        };
    throw new ProblemError(problem);
  }
  return result.data as T;
}

// The reader's language travels with every call, so problems come back in it.
const language: Middleware = {
  onRequest: ({ request }) => {
    request.headers.set('accept-language', document.documentElement.lang || 'en');
    return request;
  },
};

const clientFor = <Paths extends object>(service: 'profile' | 'matching' | 'messaging') => {
  const client = createClient<Paths>({
    baseUrl: new URL(`/api/${service}`, window.location.origin).href,
    headers: CSRF_HEADER,
    credentials: 'same-origin',
    // Looked up per call, not captured once, so the page always uses the window's current fetch.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(language);
  return client;
};

export const profileApi = clientFor<ProfilePaths>('profile');
export const matchingApi = clientFor<MatchingPaths>('matching');
export const messagingApi = clientFor<MessagingPaths>('messaging');
