import { requireRole } from '@jisr/auth';
import { localeSchema, type Locale } from '@jisr/contracts';
import { parseWith } from '@jisr/http-kit';
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import { DIMENSIONS } from '../../domain/pipeline/dimensions';
import type { PipelineQueries } from '../../domain/pipeline/pipeline-queries.use-case';
import { chooseLocale } from './locale';
import { filterShape, toPipelineFilter } from './pipeline-filters';
import { pipelineCsv } from './pipeline-csv';

const funnelQuery = z.object(filterShape).strict();
const breakdownQuery = z
  .object({ ...filterShape, by: z.enum(DIMENSIONS), lang: localeSchema.optional() })
  .strict();
const plainQuery = z.object({}).strict();
const exportQuery = z
  .object({
    ...filterShape,
    view: z.enum(['funnel', 'breakdown', 'advisor-load', 'introductions', 'sectors']),
    by: z.enum(DIMENSIONS).optional(),
    lang: localeSchema.optional(),
  })
  .strict()
  .refine((query) => query.view !== 'breakdown' || query.by !== undefined, {
    path: ['by'],
    message: 'A breakdown export needs `by`.',
  });

export type ExportQuery = ReturnType<typeof toPipelineFilter<z.infer<typeof exportQuery>>>;

/** Council-only pipeline and research views, JSON or CSV. */
export const registerPipelineRoutes = (
  router: Router,
  auth: RequestHandler,
  pipeline: () => PipelineQueries,
): void => {
  const council = [auth, requireRole('council')];

  router.get('/v1/pipeline/funnel', ...council, async (req, res) => {
    res.json(await pipeline().funnel(toPipelineFilter(parseWith(funnelQuery, req.query, 'query'))));
  });

  router.get('/v1/pipeline/breakdown', ...council, async (req, res) => {
    const { by, lang, ...filter } = toPipelineFilter(parseWith(breakdownQuery, req.query, 'query'));
    const locale: Locale = chooseLocale(req, lang);
    const rows = await pipeline().breakdown(by, filter);
    res.setHeader('Content-Language', locale);
    res.json({
      by,
      lang: locale,
      items: rows.map((row) => ({ ...row, name: row.label?.[locale] ?? row.key })),
    });
  });

  router.get('/v1/pipeline/advisor-load', ...council, async (req, res) => {
    parseWith(plainQuery, req.query, 'query');
    res.json({ items: await pipeline().advisorLoad() });
  });

  router.get('/v1/research/sectors', ...council, async (req, res) => {
    parseWith(plainQuery, req.query, 'query');
    res.json({ items: await pipeline().sectorResearch() });
  });

  router.get('/v1/pipeline/export.csv', ...council, async (req, res) => {
    const query = toPipelineFilter(parseWith(exportQuery, req.query, 'query'));
    const csv = await pipelineCsv(pipeline(), query, chooseLocale(req, query.lang));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="jisr-${query.view}.csv"`);
    res.send(csv);
  });
};
