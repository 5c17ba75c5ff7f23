import { requireRole } from '@jisr/auth';
import { parseWith } from '@jisr/http-kit';
import type { Router } from 'express';
import { pauseAdvisor, resumeAdvisor } from '../../domain/introduction/advisor-pause.use-case';
import { actorOf, correlationOf, type ApiDeps } from './api-deps';
import { emptyBody, pauseBody } from './api-schemas';

/** The advisor's own switch: take a break (optionally releasing what waits), or come back. */
export function mountInboxRoutes(router: Router, { ctx, authenticate }: ApiDeps): void {
  const advisor = [authenticate, requireRole('advisor')];

  router.post('/v1/inbox/pause', ...advisor, async (req, res) => {
    const body = parseWith(pauseBody, req.body ?? {}, 'body');
    const advisorId = actorOf(res).sub;
    const { released } = await pauseAdvisor(ctx, {
      advisorId,
      releaseOpenRequests: body.releaseOpenRequests,
      ...correlationOf(res),
    });
    res.status(202).json({ advisorId, pauseRequested: true, released });
  });

  router.post('/v1/inbox/resume', ...advisor, async (req, res) => {
    parseWith(emptyBody, req.body ?? {}, 'body');
    const advisorId = actorOf(res).sub;
    await resumeAdvisor(ctx, { advisorId, ...correlationOf(res) });
    res.status(202).json({ advisorId, resumeRequested: true });
  });
}
