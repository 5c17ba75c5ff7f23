import { notFound } from '@jisr/errors';
import type { Logger } from '@jisr/logger';
import express, { type Express, type Router } from 'express';
import { livenessProbe, mountReadiness, type Readiness } from './health';
import { problemHandler } from './problem';
import { FORM_TYPE, JSON_TYPES, requireJsonBody } from './request-guards';
import { requestLog } from './request-log';
import { securityHeaders } from './security-headers';

export interface HttpAppOptions {
  readonly service: string;
  readonly logger: Logger;
  /** Named dependency checks for `/readyz` (e.g. `{storage: true, bus: false}`). */
  readonly readiness: Readiness;
  /** Checks the process running the service adds (the embedded runner: whether demo data is loaded). */
  readonly extraReadiness?: Readiness | undefined;
  /** Mounts the service's routes; errors they throw become problem+json. */
  readonly routes: (router: Router) => void;
  readonly bodyLimit?: string | number;
  /** Paths that also accept a small urlencoded form (one-click unsubscribe posts from mail clients). */
  readonly formPaths?: RegExp;
}

// `/healthz` is answered before the request log by `livenessProbe`; the readiness probe is not logged either.
const PROBES = new Set(['/readyz']);

/**
 * An express app with the platform's edge behaviour: correlation id, request logs, helmet, JSON-only
 * bodies with a size limit, health probes, 404 for unknown routes and problem+json for every error.
 */
export function createHttpApp({
  service,
  logger,
  readiness,
  extraReadiness,
  routes,
  bodyLimit = '100kb',
  formPaths,
}: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // No weak ETag (a SHA-1 of every JSON body): answers are per caller and change with each write, and
  // no client sends If-None-Match. Static files keep theirs (serve-static sets its own).
  app.disable('etag');
  // Probes are polled every few seconds and logged never; helmet's headers go on every answer.
  const probes = express.Router();
  const checks: Readiness = extraReadiness
    ? async () => ({ ...(await readiness()), ...(await extraReadiness()) })
    : readiness;
  mountReadiness(probes, service, checks, logger);
  app.use(livenessProbe(service));
  app.use(securityHeaders());
  app.use(requestLog(app, { logger, quiet: PROBES }));
  app.use(probes);

  app.use(requireJsonBody(formPaths));
  app.use(express.json({ limit: bodyLimit, strict: true, type: JSON_TYPES }));
  if (formPaths !== undefined)
    app.use(formPaths, express.urlencoded({ extended: false, limit: '1kb', type: FORM_TYPE }));

  const router = express.Router();
  routes(router);
  app.use(router);

  app.use((req, _res, next) => next(notFound('HTTP.NOT_FOUND', `Nothing at ${req.method} ${req.path}.`)));
  app.use(problemHandler);
  return app;
}
