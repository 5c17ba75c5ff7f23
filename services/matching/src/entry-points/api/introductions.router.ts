import { principalOf, requireRole } from '@jisr/auth';
import { entityIdSchema, visibleText, type Locale } from '@jisr/contracts';
import { notFound } from '@jisr/errors';
import { parseWith } from '@jisr/http-kit';
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { IntroductionRecord } from '../../domain/introductions/introduction';
import type { MatchingStore } from '../../domain/matching-store.port';
import { correlationOf, requireSelfOrCouncil } from './access';
import { chooseLocale, langQuerySchema } from './locale';
import { explained } from './explanation-view';

const WITHDRAW_REASON = 'سحبت الشركة الطلب. / Girişim talebi geri çekti. / Withdrawn by the startup.';
const requestBody = z
  .object({ advisorId: entityIdSchema, note: visibleText({ kind: 'prose', max: 1000 }) })
  .strict();
const withdrawBody = z
  .object({ reason: visibleText({ kind: 'prose', max: 500 }).default(WITHDRAW_REASON) })
  .strict();
const idParams = z.object({ introductionId: entityIdSchema }).strict();
const startupParams = z.object({ startupId: entityIdSchema }).strict();

export const introductionView = (record: IntroductionRecord, locale: Locale) => ({
  introductionId: record.id,
  startupId: record.startupId,
  advisorId: record.advisorId,
  note: record.note,
  state: record.state,
  score: record.score,
  explanation: explained(record.explanation, locale),
  programmeId: record.programmeId,
  roundId: record.roundId,
  requestedAt: record.requestedAt,
  acceptedAt: record.acceptedAt,
  closedAt: record.closedAt,
  declineReason: record.declineReason,
  expiryReason: record.expiryReason ?? null,
  rating: record.rating,
});

export interface IntroductionHandlers {
  readonly store: MatchingStore;
  requestIntroduction(input: {
    startupId: string;
    advisorId: string;
    note: string;
    correlationId?: string | undefined;
  }): Promise<IntroductionRecord>;
  withdrawIntroduction(input: {
    introductionId: string;
    startupId: string;
    reason: string;
    correlationId?: string | undefined;
  }): Promise<IntroductionRecord>;
}

export const registerIntroductionRoutes = (
  router: Router,
  auth: RequestHandler,
  handlers: () => IntroductionHandlers,
): void => {
  router.post('/v1/introductions', auth, requireRole('startup'), async (req, res) => {
    const body = parseWith(requestBody, req.body, 'body');
    const { lang } = parseWith(langQuerySchema, req.query, 'query');
    const record = await handlers().requestIntroduction({
      ...body,
      startupId: principalOf(res).sub,
      correlationId: correlationOf(res),
    });
    res
      .status(201)
      .location(`/v1/introductions/${record.id}`)
      .json(introductionView(record, chooseLocale(req, lang)));
  });

  router.get('/v1/introductions/:introductionId', auth, async (req, res) => {
    const { introductionId } = parseWith(idParams, req.params, 'params');
    const { lang } = parseWith(langQuerySchema, req.query, 'query');
    const principal = principalOf(res);
    const record = await handlers().store.introductions.get(introductionId);
    const mayRead =
      record !== null &&
      (principal.role === 'council' ||
        (principal.role === 'startup' && record.startupId === principal.sub) ||
        (principal.role === 'advisor' && record.advisorId === principal.sub));
    // Someone else's request answers like a missing one.
    if (!mayRead) throw notFound('MATCHING.INTRODUCTION_NOT_FOUND', 'No such introduction request.');
    res.json(introductionView(record, chooseLocale(req, lang)));
  });

  router.post(
    '/v1/introductions/:introductionId/withdraw',
    auth,
    requireRole('startup'),
    async (req, res) => {
      const { introductionId } = parseWith(idParams, req.params, 'params');
      const { reason } = parseWith(withdrawBody, req.body ?? {}, 'body');
      const record = await handlers().withdrawIntroduction({
        introductionId,
        reason,
        startupId: principalOf(res).sub,
        correlationId: correlationOf(res),
      });
      res.json(introductionView(record, chooseLocale(req, undefined)));
    },
  );

  router.get('/v1/startups/:startupId/introductions', auth, async (req, res) => {
    const { startupId } = parseWith(startupParams, req.params, 'params');
    const { lang } = parseWith(langQuerySchema, req.query, 'query');
    requireSelfOrCouncil(res, 'startup', startupId);
    const locale = chooseLocale(req, lang);
    const records = await handlers().store.introductions.listByStartup(startupId);
    res.json({ items: records.map((record) => introductionView(record, locale)) });
  });
};
