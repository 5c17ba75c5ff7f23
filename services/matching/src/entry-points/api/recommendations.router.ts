import { entityIdSchema, languageCodeSchema, localeSchema, offerSchema } from '@jisr/contracts';
import { chooseLocale, defineRoute, problems, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import type { MatchingContext } from '../../domain/matching-context';
import {
  CURRENT_ADVISOR_MODES,
  recommendAdvisors,
} from '../../domain/recommendations/recommend-advisors.use-case';
import { recommendStartups } from '../../domain/recommendations/recommend-startups.use-case';
import { requireSelfOrCouncil } from './access';
import { advisorMatchesSchema, startupMatchesSchema } from './api-views';
import { EXPLANATION_LANGS, explainedListJson } from './explanation-view';

const limitSchema = z.coerce.number().int().min(1).max(50).default(10);
const langsSchema = z
  .enum(EXPLANATION_LANGS)
  .default('reader')
  .describe("reader: each line's sentence in the reader's language only; all: also `text` in ar, tr and en");

const advisorQuery = z
  .object({
    limit: limitSchema,
    offer: offerSchema.optional(),
    language: languageCodeSchema.optional(),
    centre: entityIdSchema.optional(),
    current: z.enum(CURRENT_ADVISOR_MODES).default('exclude'),
    lang: localeSchema.optional(),
    langs: langsSchema,
  })
  .strict();
const startupQuery = z
  .object({
    limit: limitSchema,
    lang: localeSchema.optional(),
    langs: langsSchema,
  })
  .strict();

export const recommendationRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/startups/:startupId/recommendations',
    tag: 'Recommendations',
    summary: 'Advisors ranked for a startup, with the reasons (the startup itself or the council)',
    access: ['startup', 'programme-manager'],
    params: z.object({ startupId: entityIdSchema }).strict(),
    query: advisorQuery,
    responses: { 200: { description: 'Ranked advisors', schema: advisorMatchesSchema }, ...problems },
    handle: async ({
      params: { startupId },
      query: { lang, langs, centre, current, ...query },
      req,
      res,
    }) => {
      requireSelfOrCouncil(res, 'startup', startupId);
      const locale = chooseLocale(req, lang);
      const items = recommendAdvisors(context(), startupId, { ...query, centreId: centre }, current);
      return {
        status: 200,
        headers: { 'Content-Language': locale },
        body: explainedListJson({ startupId, lang: locale }, items, locale, langs),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/advisors/:advisorId/recommended-startups',
    tag: 'Recommendations',
    summary: 'Startups ranked for an advisor, with the reasons (the advisor itself or the council)',
    access: ['advisor', 'programme-manager'],
    params: z.object({ advisorId: entityIdSchema }).strict(),
    query: startupQuery,
    responses: { 200: { description: 'Ranked startups', schema: startupMatchesSchema }, ...problems },
    handle: async ({ params: { advisorId }, query: { lang, langs, limit }, req, res }) => {
      requireSelfOrCouncil(res, 'advisor', advisorId);
      const locale = chooseLocale(req, lang);
      const items = recommendStartups(context(), advisorId, limit);
      return {
        status: 200,
        headers: { 'Content-Language': locale },
        body: explainedListJson({ advisorId, lang: locale }, items, locale, langs),
      };
    },
  }),
];
