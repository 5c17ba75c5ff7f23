import { principalOf, requireRole } from '@jisr/auth';
import { entityIdSchema, visibleText, type Locale } from '@jisr/contracts';
import { parseWith } from '@jisr/http-kit';
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import { OBJECTIVES, type CohortRound } from '../../domain/cohort-rounds/cohort-round';
import type { CohortRounds } from '../../domain/cohort-rounds/cohort-rounds.use-case';
import { correlationOf } from './access';
import { explained } from './explanation-view';
import { chooseLocale, langQuerySchema } from './locale';

// Free text travels as one string to the advisor's inbox, so the default says it in all three languages.
const ROUND_NOTE =
  'اقترح المجلس هذا التعارف في جولة مطابقة للدفعة. / Konsey bu tanışmayı kohort eşleştirme turunda önerdi. / Proposed by the council in a cohort matching round.';
const pairSchema = z.object({ startupId: entityIdSchema, advisorId: entityIdSchema }).strict();
const previewBody = z
  .object({
    cohortId: entityIdSchema,
    programmeId: entityIdSchema.optional(),
    include: z.array(entityIdSchema).max(1000).default([]),
    objective: z.enum(OBJECTIVES).default('max-total'),
    forbidden: z.array(pairSchema).max(1000).default([]),
    pinned: z.array(pairSchema).max(1000).default([]),
  })
  .strict();
const confirmBody = z
  .object({
    note: visibleText({ kind: 'prose', max: 1000 }).default(ROUND_NOTE),
  })
  .strict();
const roundParams = z.object({ roundId: entityIdSchema }).strict();

const roundView = (round: CohortRound, locale: Locale) => {
  const { revision: _revision, id, pairs, ...rest } = round;
  return {
    roundId: id,
    ...rest,
    // Rounds stored before exclusions existed have neither field.
    include: round.include ?? [],
    excluded: round.excluded ?? [],
    lang: locale,
    pairs: pairs.map((pair) => ({ ...pair, explanation: explained(pair.explanation, locale) })),
  };
};

/** Council only: preview a cohort's optimal assignment, read it back, confirm it into requests. */
export const registerCohortRoundRoutes = (
  router: Router,
  auth: RequestHandler,
  rounds: () => CohortRounds,
): void => {
  const council = [auth, requireRole('council')];

  router.post('/v1/cohort-rounds', ...council, async (req, res) => {
    const body = parseWith(previewBody, req.body, 'body');
    const { lang } = parseWith(langQuerySchema, req.query, 'query');
    const round = await rounds().preview({ ...body, createdBy: principalOf(res).sub });
    res
      .status(201)
      .location(`/v1/cohort-rounds/${round.id}`)
      .json(roundView(round, chooseLocale(req, lang)));
  });

  router.get('/v1/cohort-rounds/:roundId', ...council, async (req, res) => {
    const { roundId } = parseWith(roundParams, req.params, 'params');
    const { lang } = parseWith(langQuerySchema, req.query, 'query');
    res.json(roundView(await rounds().get(roundId), chooseLocale(req, lang)));
  });

  router.post('/v1/cohort-rounds/:roundId/confirm', ...council, async (req, res) => {
    const { roundId } = parseWith(roundParams, req.params, 'params');
    const { note } = parseWith(confirmBody, req.body ?? {}, 'body');
    const { lang } = parseWith(langQuerySchema, req.query, 'query');
    const round = await rounds().confirm(roundId, { note, correlationId: correlationOf(res) });
    res.json(roundView(round, chooseLocale(req, lang)));
  });
};
