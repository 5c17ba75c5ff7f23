import { requireRole } from '@jisr/auth';
import { encodeCursor, parseWith } from '@jisr/http-kit';
import type { Router } from 'express';
import { answerInfoRequest } from '../../domain/introduction/answer-info-request.use-case';
import { completeIntroduction } from '../../domain/introduction/complete-introduction.use-case';
import {
  acceptIntroduction,
  declineIntroduction,
  requestIntroductionInfo,
} from '../../domain/introduction/decide-introduction.use-case';
import { getIntroduction, listIntroductions } from '../../domain/introduction/introduction-queries.use-case';
import { actorOf, correlationOf, type ApiDeps } from './api-deps';
import {
  afterOf,
  completeBody,
  declineBody,
  emptyBody,
  idParams,
  infoRequestBody,
  infoResponseBody,
  introductionListQuery,
} from './api-schemas';
import { presentIntroduction } from './presenters';

/** The advisor's inbox and decisions; the startup's view of its requests and its answers. */
export function mountIntroductionRoutes(router: Router, { ctx, authenticate }: ApiDeps): void {
  const parties = [authenticate, requireRole('startup', 'advisor')];
  const advisor = [authenticate, requireRole('advisor')];

  router.get('/v1/introductions', ...parties, async (req, res) => {
    const query = parseWith(introductionListQuery, req.query, 'query');
    const page = await listIntroductions(ctx, actorOf(res), query.status, {
      after: afterOf(query.cursor),
      limit: query.limit,
    });
    const nextCursor = page.next === null ? null : encodeCursor({ after: page.next });
    res.json({ items: page.items.map(presentIntroduction), nextCursor });
  });

  router.get('/v1/introductions/:id', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    res.json(presentIntroduction(await getIntroduction(ctx, actorOf(res), id)));
  });

  /** Every decision answers with the item as it now stands. */
  const answer = async (res: Parameters<typeof actorOf>[0], id: string) =>
    res.json(presentIntroduction(await getIntroduction(ctx, actorOf(res), id)));

  router.post('/v1/introductions/:id/accept', ...advisor, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    parseWith(emptyBody, req.body ?? {}, 'body');
    await acceptIntroduction(ctx, { advisorId: actorOf(res).sub, introductionId: id, ...correlationOf(res) });
    await answer(res, id);
  });

  router.post('/v1/introductions/:id/decline', ...advisor, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const body = parseWith(declineBody, req.body, 'body');
    await declineIntroduction(ctx, {
      advisorId: actorOf(res).sub,
      introductionId: id,
      reason: body.reason,
      comment: body.comment ?? null,
      ...correlationOf(res),
    });
    await answer(res, id);
  });

  router.post('/v1/introductions/:id/info-request', ...advisor, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const { question } = parseWith(infoRequestBody, req.body, 'body');
    await requestIntroductionInfo(ctx, {
      advisorId: actorOf(res).sub,
      introductionId: id,
      question,
      ...correlationOf(res),
    });
    await answer(res, id);
  });

  router.post(
    '/v1/introductions/:id/info-response',
    authenticate,
    requireRole('startup'),
    async (req, res) => {
      const { id } = parseWith(idParams, req.params, 'params');
      const body = parseWith(infoResponseBody, req.body, 'body');
      await answerInfoRequest(ctx, { startupId: actorOf(res).sub, introductionId: id, answer: body.answer });
      await answer(res, id);
    },
  );

  router.post('/v1/introductions/:id/complete', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const body = parseWith(completeBody, req.body, 'body');
    await completeIntroduction(ctx, {
      actor: actorOf(res),
      introductionId: id,
      rating: body.rating,
      comment: body.comment ?? null,
      ...correlationOf(res),
    });
    await answer(res, id);
  });
}
