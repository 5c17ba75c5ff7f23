import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { webProblem } from '../edge/web-problems';
import type { SessionKeeper } from '../session/session-keeper';

export type ServiceName = 'profile' | 'matching' | 'messaging';

// Only what a service needs to answer; never the browser's cookies.
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  // Matching sends its large pages gzipped (made once per page); they pass through as they are.
  'accept-encoding',
  'accept-language',
  'content-type',
  'last-event-id',
  'prefer',
  'x-request-id',
];
// Hop-by-hop headers and cookies stay on their side of the BFF.
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'set-cookie',
  'content-length',
]);
// Profile's token endpoints answer with token pairs: the browser signs in through /api/session instead.
const TOKEN_ROUTES = /^\/v1\/(sessions|signing-keys)(\/|$)/;

const requestHeaders = (
  req: Request,
  body: string | undefined,
  token: string | undefined,
): IncomingHttpHeaders => {
  const headers: IncomingHttpHeaders = {};
  for (const name of FORWARDED_REQUEST_HEADERS)
    if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return headers;
};

const responseHeaders = (headers: IncomingHttpHeaders): Record<string, string | string[]> => {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name)) kept[name] = value;
  return kept;
};

/**
 * `/api/<service>/…` → the service's `/…`, with the session's access token as a bearer token.
 * Responses stream through untouched (the messaging event stream included); the body was already
 * parsed as JSON by the edge, so it is sent on re-serialised.
 */
export function serviceProxy(services: Readonly<Record<ServiceName, string>>, keeper: SessionKeeper): Router {
  const router = Router();
  router.use('/api/:service', async (req: Request, res: Response, next: NextFunction) => {
    const service = req.params.service as ServiceName;
    const base = services[service];
    if (base === undefined) return next();
    const path = req.url; // after the mount point, with the query string
    if (service === 'profile' && TOKEN_ROUTES.test(path)) throw webProblem(req, 'WEB.SESSION_ROUTE');
    const signedIn = await keeper.current(req);
    const body = req.body === undefined || req.method === 'GET' ? undefined : JSON.stringify(req.body);
    const target = new URL(path, base);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    await new Promise<void>((resolve, reject) => {
      const upstream = send(target, {
        method: req.method,
        headers: requestHeaders(req, body, signedIn?.session.accessToken),
      });
      upstream.on('response', (answer) => {
        res.status(answer.statusCode ?? 502).set(responseHeaders(answer.headers));
        // Event streams must reach the browser as each event is written, not when a buffer fills.
        if (String(answer.headers['content-type']).startsWith('text/event-stream')) res.flushHeaders();
        answer.pipe(res);
        answer.on('end', resolve);
        answer.on('error', resolve);
      });
      upstream.on('error', (error) => reject(webProblem(req, 'WEB.SERVICE_UNAVAILABLE', error)));
      // The browser left (e.g. closed the live stream): let the service know at once.
      res.on('close', () => upstream.destroy());
      upstream.end(body);
    });
  });
  return router;
}
