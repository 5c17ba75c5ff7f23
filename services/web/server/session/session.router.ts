import { Router, type Request, type Response } from 'express';
import { webProblem } from '../edge/web-problems';
import { UpstreamRefusal, type ProfileSessions } from './profile-sessions';
import { clearSessionCookie, cookieOf, SESSION_COOKIE, setSessionCookie } from './session-cookie';
import type { SessionKeeper } from './session-keeper';
import type { Session, SessionStore } from './session-store';

// What the browser may know of its session: who, never the tokens.
const viewOf = (session: Session): Pick<Session, 'accountId' | 'role' | 'staffRoles'> => ({
  accountId: session.accountId,
  role: session.role,
  staffRoles: session.staffRoles,
});

const passOn = (res: Response, refusal: UpstreamRefusal): void => {
  res.status(refusal.status).type('application/problem+json').json(refusal.problem);
};

/** `/api/session`: sign in (POST), who am I (GET), sign out (DELETE, revokes the refresh token). */
export function sessionRouter(store: SessionStore, profile: ProfileSessions, keeper: SessionKeeper): Router {
  const router = Router();
  router.post('/api/session', async (req: Request, res: Response) => {
    try {
      const session = await profile.login(req.body, req.headers['accept-language']);
      setSessionCookie(req, res, await store.create(session));
      res.status(201).set('cache-control', 'no-store').json(viewOf(session));
    } catch (error) {
      if (error instanceof UpstreamRefusal) passOn(res, error);
      else throw webProblem(req, 'WEB.SERVICE_UNAVAILABLE', error);
    }
  });
  router.get('/api/session', async (req: Request, res: Response) => {
    const current = await keeper.current(req);
    if (current === null) throw webProblem(req, 'WEB.SIGNED_OUT');
    res.set('cache-control', 'no-store').json(viewOf(current.session));
  });
  router.delete('/api/session', async (req: Request, res: Response) => {
    // The stored pair as it is (no refresh first): revoking it ends the whole token family.
    const id = cookieOf(req, SESSION_COOKIE);
    const session = id === undefined ? null : await store.read(id);
    if (id !== undefined && session !== null) {
      await store.remove(id);
      await profile.revoke(session.refreshToken);
    }
    clearSessionCookie(req, res);
    res.status(204).end();
  });
  return router;
}
