import type { Logger } from '@jisr/logger';
import type { Router } from 'express';
import { kitError } from './kit-messages';
import { sendProblem } from './problem';

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

/** `/healthz`: the process answers. `/readyz`: every dependency check is true, else 503. */
export function mountHealth(router: Router, service: string, readiness: Readiness, logger: Logger): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service });
  });
  router.get('/readyz', async (req, res) => {
    const checks = await checkWithin(readiness, logger);
    if (checks !== undefined && Object.values(checks).every(Boolean)) {
      res.json({ status: 'ready', service, checks });
      return;
    }
    sendProblem(req, res, kitError('SERVICE.NOT_READY', { status: 503 }), { checks: checks ?? {} });
  });
}
