import { entityIdSchema, visibleText, type Locale } from '@jisr/contracts';
import { chooseLocale, defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { OBJECTIVES, type CohortRound } from '../../domain/cohort-rounds/cohort-round';
import { confirmOrAskRound } from '../../domain/approvals/round-approvals.use-case';
import type { MatchingContext } from '../../domain/matching-context';
import { approvalSchema } from '@jisr/approvals';
import { deciderOf } from './approvals.router';
import { roundViewSchema } from './api-views';
import { explained } from './explanation-view';
import { langQuerySchema } from './introductions.router';

// Free text travels as one string to the advisor's inbox, so the default says it in all three languages.
const ROUND_NOTE =
  'اقترح المجلس هذا التعارف في جولة مطابقة للدفعة. / Konsey bu tanışmayı kohort eşleştirme turunda önerdi. / Proposed by the council in a cohort matching round.';
const pairSchema = z.object({ startupId: entityIdSchema, advisorId: entityIdSchema }).strict();
export const previewBody = z
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
export const roundParams = z.object({ roundId: entityIdSchema }).strict();

export const roundView = (round: CohortRound, locale: Locale) => {
  const { version: _version, id, pairs, ...rest } = round;
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

const round = { description: 'The cohort round', schema: roundViewSchema };

/** Council only: confirm a previewed round into requests (running and reading it: round-runs.router.ts). */
export const cohortRoundRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/cohort-rounds/:roundId/confirm',
    tag: 'Cohort rounds',
    summary:
      "Confirm a previewed round into introduction requests (programme manager); above the programme's fourEyesRoundSize, ask a second programme manager",
    access: ['programme-manager'],
    params: roundParams,
    query: langQuerySchema,
    body: confirmBody,
    responses: {
      200: round,
      202: {
        description: 'Asked: the approval waiting for a second programme manager',
        schema: approvalSchema,
      },
      ...problems,
      409: { description: 'Already confirmed' },
    },
    handle: async ({ actor, params, query, body, trace, req }) => {
      const input = { note: body.note, correlationId: trace.correlationId, actor: signedIn(actor) };
      const done = await confirmOrAskRound(context(), params.roundId, input, deciderOf(signedIn(actor)));
      if ('approval' in done) return { status: 202, body: done.approval };
      return { status: 200, body: roundView(done.round, chooseLocale(req, query.lang)) };
    },
  }),
];
