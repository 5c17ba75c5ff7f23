import { principalOf, requireRole } from '@jisr/auth';
import type { Request, RequestHandler, Response, Router } from 'express';
import { rejectHostileKeys } from '../hostile-keys';
import { parseWith } from '../parse-with';
import { acceptsGzip } from './accepts-gzip';
import { JsonText, STREAMED, type Route, type RouteReply } from './route';

export interface MountOptions {
  /** Verifies the bearer token and sets the principal (`authenticate(verifier)` from `@jisr/auth`). */
  readonly authenticate: RequestHandler;
}

const guardsFor = (route: Route, authenticate: RequestHandler): RequestHandler[] => {
  if (route.access === 'public') return [];
  const roles = route.access === 'signed-in' ? [] : [requireRole(...route.access)];
  return [authenticate, ...roles];
};

const writeJsonText = (req: Request, res: Response, body: JsonText): void => {
  res.type('application/json; charset=utf-8');
  if (!body.worthGzipping) {
    res.send(body.bytes);
    return;
  }
  res.vary('Accept-Encoding');
  if (acceptsGzip(req.headers['accept-encoding'])) res.set('Content-Encoding', 'gzip').send(body.gzipped());
  else res.send(body.bytes);
};

const write = (req: Request, res: Response, reply: RouteReply): void => {
  res.set(reply.headers ?? {}).status(reply.status);
  if (reply.body === undefined) res.end();
  else if (reply.body instanceof JsonText) writeJsonText(req, res, reply.body);
  else if (typeof reply.body === 'string' && !res.get('content-type')?.includes('json')) res.send(reply.body);
  else res.json(reply.body);
};

/** Mounts each route as: authenticate → role guard → extra guards → parse (zod) → handler → reply. */
export function mountRoutes(router: Router, routes: readonly Route[], { authenticate }: MountOptions): void {
  for (const route of routes) {
    const handler: RequestHandler = async (req, res) => {
      const params = route.params === undefined ? undefined : parseWith(route.params, req.params, 'params');
      const query = route.query === undefined ? undefined : parseWith(route.query, req.query, 'query');
      let body: unknown;
      if (route.body !== undefined) {
        rejectHostileKeys(req.body);
        // A bodiless POST is an empty object, so schemas with only optional fields accept it.
        body = parseWith(route.body, req.body ?? {}, 'body');
      }
      const correlationId: unknown = res.locals.correlationId;
      const result = await route.handle({
        params: params as never,
        query: query as never,
        body: body as never,
        actor: route.access === 'public' ? null : principalOf(res),
        trace: typeof correlationId === 'string' ? { correlationId } : {},
        req,
        res,
      });
      if (result !== STREAMED) write(req, res, result);
    };
    router[route.method](route.path, ...guardsFor(route, authenticate), ...(route.before ?? []), handler);
  }
}
