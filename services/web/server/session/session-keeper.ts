import type { Request } from 'express';
import type { ProfileSessions } from './profile-sessions';
import { cookieOf, SESSION_COOKIE } from './session-cookie';
import type { Session, SessionStore } from './session-store';

// Refresh a little before expiry, so a token never dies on its way to a service.
const REFRESH_MARGIN_MS = 30_000;

export interface SignedIn {
  readonly id: string;
  readonly session: Session;
}

export interface SessionKeeper {
  /** The caller's session with an access token good for a while, or null when signed out. */
  current(req: Request): Promise<SignedIn | null>;
}

/**
 * Reads the session behind the cookie and refreshes its tokens when they are about to expire.
 * Refreshes of one session are serialised: profile rotates refresh tokens and treats a reused one
 * as theft (revoking the family), so two parallel requests must not both spend the same token.
 */
export function sessionKeeper(
  store: SessionStore,
  profile: ProfileSessions,
  now: () => number = Date.now,
): SessionKeeper {
  const refreshing = new Map<string, Promise<Session | null>>();
  const refreshOnce = (id: string, stale: Session): Promise<Session | null> => {
    const inFlight = refreshing.get(id);
    if (inFlight !== undefined) return inFlight;
    const next = profile
      .refresh(stale.refreshToken)
      .then(async (fresh) => {
        await store.update(id, fresh);
        return fresh;
      })
      .catch(async () => {
        // The refresh token is spent, expired or revoked: the browser has to sign in again.
        await store.remove(id);
        return null;
      })
      .finally(() => refreshing.delete(id));
    refreshing.set(id, next);
    return next;
  };
  return {
    current: async (req) => {
      const id = cookieOf(req, SESSION_COOKIE);
      if (id === undefined) return null;
      const session = await store.read(id);
      if (session === null) return null;
      if (session.accessExpiresAt - now() > REFRESH_MARGIN_MS) return { id, session };
      const fresh = await refreshOnce(id, session);
      return fresh === null ? null : { id, session: fresh };
    },
  };
}
