import type { Logger } from '@jisr/logger';
import type { RequestHandler, Router } from 'express';
import { kitError } from './kit-messages';
import { sendProblem } from './problem';
import { REQUEST_ID_HEADER, correlationIdFrom } from './request-guards';
import { SECURITY_HEADERS } from './security-headers';

export type Readiness = () => Promise<Record<string, boolean>>;

const READINESS_TIMEOUT_MS = 2_000;

// A check that hangs (a dead broker) must turn into "not ready", not into a hung probe.
async function checkWithin(
  readiness: Readiness,
  logger: Logger,
): Promise<Record<string, boolean> | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([readiness(), timeout]);
  } catch (error) {
    logger.warn({ err: error }, 'readiness check failed');
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/healthz`: the process answers. Served ahead of every other middleware from bytes made once
 * (helmet's headers and the correlation id included, as on every answer): orchestrators poll it
 * every few seconds, and it should cost no more than a bare express answer (bench:http).
 */
export function livenessProbe(service: string): RequestHandler {
  const body = Buffer.from(JSON.stringify({ status: 'ok', service }));
  const fixed = [
    ...SECURITY_HEADERS.flat(),
    'content-type',
    'application/json; charset=utf-8',
    'content-length',
    String(body.length),
  ];
  return (req, res, next) => {
    // The path as express's router would match it: a query string or a trailing slash still probes.
    const url = req.url ?? '';
    const end = url.indexOf('?');
    const path = end === -1 ? url : url.slice(0, end);
    const probe = path === '/healthz' || path === '/healthz/';
    if (!probe || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    res.writeHead(200, [...fixed, REQUEST_ID_HEADER, correlationIdFrom(req)]);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** `/readyz`: every dependency check is true, else 503. */
export function mountReadiness(router: Router, service: string, readiness: Readiness, logger: Logger): void {
  router.get('/readyz', async (req, res) => {
    const checks = await checkWithin(readiness, logger);
    if (checks !== undefined && Object.values(checks).every(Boolean)) {
      res.json({ status: 'ready', service, checks });
      return;
    }
    sendProblem(req, res, kitError('SERVICE.NOT_READY', { status: 503 }), { checks: checks ?? {} });
  });
}
