import { authenticate, principalOf, requireRole, type TokenVerifier } from '@jisr/auth';
import { parseWith } from '@jisr/http-kit';
import type { RequestHandler, Router } from 'express';
import { rejectHostileKeys } from './hostile-keys';
import type { Route } from './route';

const guardsFor = (route: Route, verifier: TokenVerifier): RequestHandler[] => {
  if (route.access === 'public') return [];
  const roles = route.access === 'signed-in' ? [] : [requireRole(...route.access)];
  return [authenticate(verifier), ...roles];
};

/** Mounts each route as: authenticate → role guard → extra guards → parse (zod) → use case → JSON. */
export function mountRoutes(router: Router, routes: readonly Route[], verifier: TokenVerifier): void {
  for (const route of routes) {
    const handler: RequestHandler = async (req, res) => {
      const params = route.params === undefined ? undefined : parseWith(route.params, req.params, 'params');
      const query = route.query === undefined ? undefined : parseWith(route.query, req.query, 'query');
      let body: unknown;
      if (route.body !== undefined) {
        rejectHostileKeys(req.body);
        body = parseWith(route.body, req.body, 'body');
      }
      const result = await route.handle({
        params: params as never,
        query: query as never,
        body: body as never,
        actor: route.access === 'public' ? null : principalOf(res),
        trace: { correlationId: String(res.locals.correlationId) },
        req,
        res,
      });
      res.set(result.headers ?? {}).status(result.status);
      if (result.body === undefined) res.end();
      else res.json(result.body);
    };
    router[route.method](route.path, ...guardsFor(route, verifier), ...(route.before ?? []), handler);
  }
}
