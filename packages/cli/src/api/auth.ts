import { z } from 'zod';
import { CliError } from '../cli-error';
import type { ApiClient, CallOptions, ServiceName } from './http-client';
import type { Session, SessionStore } from './session-store';

const tokenPairSchema = z.looseObject({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number(),
  accountId: z.string(),
  role: z.enum(['startup', 'advisor', 'council']),
});

// Refresh a little before expiry so a token does not run out between check and use.
const EARLY_MS = 30_000;

const toSession = (email: string, profileUrl: string, payload: unknown, now: number): Session => {
  const pair = tokenPairSchema.parse(payload);
  return {
    email,
    profileUrl,
    accountId: pair.accountId,
    role: pair.role,
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    accessTokenExpiresAt: now + pair.expiresIn * 1000 - EARLY_MS,
  };
};

/** Email + password → a session (access and refresh token) from the profile service. */
export async function logIn(
  api: ApiClient,
  email: string,
  password: string,
  lang?: string,
  now = Date.now(),
): Promise<Session> {
  const body = { email, password };
  const payload = await api.call('profile', '/v1/sessions', {
    method: 'POST',
    body,
    ...(lang === undefined ? {} : { lang }),
  });
  return toSession(email, api.urls.profile, payload, now);
}

/** A client that calls as the logged-in user, refreshing (and saving) the tokens when they run out. */
export interface SignedInClient {
  readonly session: Session;
  call(service: ServiceName, path: string, options?: Omit<CallOptions, 'token'>): Promise<unknown>;
}

export async function signedIn(
  api: ApiClient,
  store: SessionStore,
  now: () => number = Date.now,
): Promise<SignedInClient> {
  let session = await store.load();
  if (session === null)
    throw new CliError(
      'You are not logged in; run `jisr login --email <email>` first.',
      1,
      'CLI.NOT_LOGGED_IN',
    );
  const refresh = async (current: Session): Promise<Session> => {
    const payload = await api
      .call('profile', '/v1/sessions/refresh', {
        method: 'POST',
        body: { refreshToken: current.refreshToken },
      })
      .catch(async (error: unknown) => {
        await store.clear();
        throw new CliError(
          `Your session has ended (${(error as Error).message}); log in again.`,
          1,
          'CLI.SESSION_ENDED',
        );
      });
    const next = toSession(current.email, current.profileUrl, payload, now());
    await store.save(next);
    return next;
  };
  if (session.accessTokenExpiresAt <= now()) session = await refresh(session);
  let current = session;
  return {
    get session() {
      return current;
    },
    call: async (service, path, options = {}) => {
      try {
        return await api.call(service, path, { ...options, token: current.accessToken });
      } catch (error) {
        // A token the services no longer accept (restart with new keys, clock skew): refresh once and retry.
        if (!(error instanceof CliError) || error.code !== 'AUTH.INVALID_TOKEN') throw error;
        current = await refresh(current);
        return api.call(service, path, { ...options, token: current.accessToken });
      }
    },
  };
}
