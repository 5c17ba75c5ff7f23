import { localeSchema, type Locale } from '@jisr/contracts';
import { chooseLocale, defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { DIMENSIONS } from '../../domain/pipeline/dimensions';
import { recordStaffAction } from '../../domain/audit/staff-actions.use-case';
import type { MatchingContext } from '../../domain/matching-context';
import {
  advisorLoad,
  pipelineBreakdown,
  pipelineFunnel,
  sectorResearch,
} from '../../domain/pipeline/pipeline-queries.use-case';
import { advisorLoadSchema, breakdownSchema, funnelViewSchema, sectorResearchSchema } from './api-views';
import { pipelineCsv } from './pipeline-csv';
import { filterShape, toPipelineFilter } from './pipeline-filters';

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

const badFilter = { 400: problems[400], 401: problems[401], 403: problems[403] };

/** Council-only pipeline and research views, JSON or CSV. */
export const pipelineRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/pipeline/funnel',
    tag: 'Pipeline',
    summary: 'Startups at each step of the funnel, with median step times (council)',
    access: ['programme-manager', 'observer'],
    query: funnelQuery,
    responses: { 200: { description: 'The funnel', schema: funnelViewSchema }, ...badFilter },
    handle: async ({ query }) => ({
      status: 200,
      body: await pipelineFunnel(context(), toPipelineFilter(query)),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/pipeline/breakdown',
    tag: 'Pipeline',
    summary: 'The funnel broken down by one dimension (council)',
    access: ['programme-manager', 'observer'],
    query: breakdownQuery,
    responses: { 200: { description: 'One funnel per value', schema: breakdownSchema }, ...badFilter },
    handle: async ({ query, req }) => {
      const { by, lang, ...filter } = toPipelineFilter(query);
      const locale: Locale = chooseLocale(req, lang);
      const rows = await pipelineBreakdown(context(), by, filter);
      return {
        status: 200,
        headers: { 'Content-Language': locale },
        body: {
          by,
          lang: locale,
          items: rows.map((row) => ({ ...row, name: row.label?.[locale] ?? row.key })),
        },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/pipeline/advisor-load',
    tag: 'Pipeline',
    summary: "Each advisor's capacity and introductions (council)",
    access: ['programme-manager', 'observer'],
    query: plainQuery,
    responses: { 200: { description: 'One row per advisor', schema: advisorLoadSchema }, ...badFilter },
    handle: async () => ({ status: 200, body: { items: await advisorLoad(context()) } }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/research/sectors',
    tag: 'Pipeline',
    summary: 'Supply and demand per ISIC section (council)',
    access: ['programme-manager', 'observer'],
    query: plainQuery,
    responses: { 200: { description: 'One row per section', schema: sectorResearchSchema }, ...badFilter },
    handle: async () => ({ status: 200, body: { items: await sectorResearch(context()) } }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/pipeline/export.csv',
    tag: 'Pipeline',
    summary: "One pipeline view as CSV (UTF-8 with BOM, labels in the reader's locale) (council)",
    access: ['programme-manager', 'observer'],
    query: exportQuery,
    responses: {
      200: { description: 'The view as RFC 4180 CSV', schema: z.string(), contentType: 'text/csv' },
      ...badFilter,
    },
    handle: async ({ actor, query: raw, req, trace }) => {
      const query = toPipelineFilter(raw);
      const body = await pipelineCsv(context(), query, chooseLocale(req, query.lang));
      // An export is a staff action: profile's audit log learns who took which view with which filter.
      const exported = {
        action: 'pipeline.export' as const,
        target: { type: 'pipeline-view', id: query.view },
        after: raw,
      };
      await recordStaffAction(context(), signedIn(actor), exported, trace.correlationId);
      return {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="jisr-${query.view}.csv"`,
        },
        body,
      };
    },
  }),
];
