import { Router, type NextFunction, type Request, type Response } from 'express';
import { webProblem } from '../edge/web-problems';
import type { SessionKeeper } from '../session/session-keeper';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A service call only the council may make: `/api/<service><path>` with one of `methods`. */
export interface CouncilRoute {
  readonly methods: readonly Method[];
  readonly path: RegExp;
}

const ID = '[^/?]+';
const END = '(?:\\?.*)?$';
const route = (methods: readonly Method[], path: string): CouncilRoute => ({
  methods,
  path: new RegExp(`^${path}${END}`),
});

/**
 * The council-only calls of the console, refused here too (the services check again): a startup
 * or advisor session never reaches a service with them, whatever a service's own check says.
 */
export const COUNCIL_ROUTES: readonly CouncilRoute[] = [
  route(['GET'], '/api/profile/v1/startups'),
  route(['GET'], '/api/profile/v1/advisors'),
  route(['POST'], `/api/profile/v1/(?:startups|advisors)/${ID}/verification`),
  route(['PUT'], `/api/profile/v1/(?:startups|advisors)/${ID}/placement`),
  route(['GET', 'POST', 'PUT', 'DELETE'], '/api/profile/v1/council/.*'),
  route(['GET', 'POST', 'PUT'], '/api/profile/v1/(?:staff|organisations)(?:/.*)?'),
  route(['GET'], '/api/profile/v1/audit(?:\\.csv|/verification)?'),
  route(['POST'], `/api/profile/v1/accounts/${ID}/deactivation`),
  route(['POST'], '/api/profile/v1/programmes'),
  route(['PUT'], `/api/profile/v1/programmes/${ID}(?:/weights)?`),
  route(['PUT'], `/api/profile/v1/centres/${ID}`),
  route(['GET', 'POST'], '/api/matching/v1/pipeline/.*'),
  route(['GET'], '/api/matching/v1/research/.*'),
  route(['GET'], `/api/(?:matching/v1/)?reports/.*`),
  route(['GET', 'POST'], '/api/matching/v1/cohort-rounds(?:/.*)?'),
  route(['GET', 'POST'], '/api/(?:profile|matching)/v1/approvals(?:/[^/?]+/(?:approve|reject))?'),
];

/** The console's pages: the app is served, but with 403 for anyone signed in who is not the council. */
const CONSOLE_PAGE = /^\/console(?:\/|$|\?)/;

const isCouncilCall = (req: Request): boolean =>
  COUNCIL_ROUTES.some((r) => r.methods.includes(req.method as Method) && r.path.test(req.originalUrl));

/**
 * Refuses startup and advisor sessions on the console: its API calls answer 403 (401 when signed
 * out) without reaching a service; its pages come back as 403, and the app shows its refusal page.
 */
export function councilOnly(keeper: SessionKeeper): Router {
  const router = Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const call = isCouncilCall(req);
    const page = req.method === 'GET' && CONSOLE_PAGE.test(req.originalUrl);
    if (!call && !page) return next();
    const signedIn = await keeper.current(req);
    if (call && signedIn === null) throw webProblem(req, 'WEB.SIGNED_OUT');
    if (signedIn !== null && signedIn.session.role !== 'council') {
      if (call) throw webProblem(req, 'WEB.COUNCIL_ONLY');
      res.status(403);
    }
    next();
  });
  return router;
}
