import { entityIdSchema, languageCodeSchema, localeSchema, offerSchema } from '@jisr/contracts';
import { notFound } from '@jisr/errors';
import { parseWith } from '@jisr/http-kit';
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Matcher } from '../../domain/recommendations/matcher.port';
import {
  CURRENT_ADVISOR_MODES,
  type createRecommendAdvisors,
} from '../../domain/recommendations/recommend-advisors.use-case';
import { requireSelfOrCouncil } from './access';
import { EXPLANATION_LANGS, explainedIn } from './explanation-view';
import { chooseLocale } from './locale';

const limitSchema = z.coerce.number().int().min(1).max(50).default(10);

const advisorQuery = z
  .object({
    limit: limitSchema,
    offer: offerSchema.optional(),
    language: languageCodeSchema.optional(),
    centre: entityIdSchema.optional(),
    current: z.enum(CURRENT_ADVISOR_MODES).default('exclude'),
    lang: localeSchema.optional(),
    langs: z.enum(EXPLANATION_LANGS).default('reader'),
  })
  .strict();
const startupQuery = z
  .object({
    limit: limitSchema,
    lang: localeSchema.optional(),
    langs: z.enum(EXPLANATION_LANGS).default('reader'),
  })
  .strict();

export const registerRecommendationRoutes = (
  router: Router,
  auth: RequestHandler,
  matcher: () => Matcher,
  recommendAdvisors: () => ReturnType<typeof createRecommendAdvisors>,
): void => {
  router.get('/v1/startups/:startupId/recommendations', auth, async (req, res) => {
    const { startupId } = parseWith(z.object({ startupId: entityIdSchema }).strict(), req.params, 'params');
    requireSelfOrCouncil(res, 'startup', startupId);
    const { lang, langs, centre, current, ...query } = parseWith(advisorQuery, req.query, 'query');
    const locale = chooseLocale(req, lang);
    const items = await recommendAdvisors()(startupId, { ...query, centreId: centre }, current);
    if (items === null)
      throw notFound(
        'MATCHING.STARTUP_NOT_MATCHABLE',
        'No verified, active startup profile with this id yet.',
      );
    res.setHeader('Content-Language', locale);
    res.json({
      startupId,
      lang: locale,
      items: items.map((item) => ({ ...item, explanation: explainedIn(item.explanation, locale, langs) })),
    });
  });

  router.get('/v1/advisors/:advisorId/recommended-startups', auth, async (req, res) => {
    const { advisorId } = parseWith(z.object({ advisorId: entityIdSchema }).strict(), req.params, 'params');
    requireSelfOrCouncil(res, 'advisor', advisorId);
    const { lang, langs, limit } = parseWith(startupQuery, req.query, 'query');
    const locale = chooseLocale(req, lang);
    const items = matcher().recommendStartups(advisorId, limit);
    if (items === null)
      throw notFound('MATCHING.ADVISOR_NOT_MATCHABLE', 'No verified, active advisor profile with this id.');
    res.setHeader('Content-Language', locale);
    res.json({
      advisorId,
      lang: locale,
      items: items.map((item) => ({ ...item, explanation: explainedIn(item.explanation, locale, langs) })),
    });
  });
};
