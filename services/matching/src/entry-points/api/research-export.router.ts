import { localeSchema, localizedTextSchema, type Locale } from '@jisr/contracts';
import { chooseLocale, defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import { recordStaffAction } from '../../domain/audit/staff-actions.use-case';
import type { MatchingContext } from '../../domain/matching-context';
import { researchTablesBy } from '../../domain/pipeline/pipeline-queries.use-case';
import { RESEARCH_DIMENSIONS, RESEARCH_MEASURES } from '../../domain/research/research-tables';
import { researchCsv } from './research-csv';
import { researchDictionary, researchDictionaryMarkdown } from './research-dictionary';

const readers = ['programme-manager', 'observer'] as const;
const tablesQuery = z.object({ by: z.enum(RESEARCH_DIMENSIONS), lang: localeSchema.optional() }).strict();
const shown = z
  .number()
  .int()
  .min(0)
  .nullable()
  .describe('null where withheld (fewer than 5 startups, or recoverable)');
const tablesSchema = z.object({
  by: z.enum(RESEARCH_DIMENSIONS),
  tables: z.array(
    z.object({
      measure: z.enum(RESEARCH_MEASURES),
      by: z.enum(RESEARCH_DIMENSIONS),
      rows: z.array(z.string()),
      rowLabels: z.array(localizedTextSchema.nullable()),
      columns: z.array(z.string()),
      cells: z.array(z.array(shown)),
      rowTotals: z.array(shown),
      columnTotals: z.array(shown),
      total: shown,
    }),
  ),
});
const entry = z.object({ name: z.string(), label: localizedTextSchema, description: localizedTextSchema });
const dictionarySchema = z.object({
  minimumStartupsPerCell: z.number().int(),
  columns: z.array(entry),
  measures: z.array(entry),
  dimensions: z.array(z.object({ name: z.string(), label: localizedTextSchema })),
});
const refused = { 400: problems[400], 401: problems[401], 403: problems[403] };

/** Aggregated tables for SME research partners, small cells withheld; CSV and a data dictionary. */
export const researchExportRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/research/tables',
    tag: 'Research',
    summary:
      'Startups per measure by sector, city or stage and quarter, small cells withheld (observer, programme-manager)',
    access: readers,
    query: tablesQuery,
    responses: { 200: { description: 'One table per measure', schema: tablesSchema }, ...refused },
    handle: async ({ query }) => ({
      status: 200,
      body: { by: query.by, tables: await researchTablesBy(context(), query.by) },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/research/export.csv',
    tag: 'Research',
    summary:
      'The research tables of one dimension as long CSV, small cells withheld (observer, programme-manager)',
    access: readers,
    query: tablesQuery,
    responses: {
      200: { description: 'RFC 4180 CSV, UTF-8 with BOM', schema: z.string(), contentType: 'text/csv' },
      ...refused,
    },
    handle: async ({ actor, query, req, trace }) => {
      const locale: Locale = chooseLocale(req, query.lang);
      const body = researchCsv(await researchTablesBy(context(), query.by), locale);
      // A download is a staff action: profile's audit log learns who exported which dimension.
      const exported = {
        action: 'research.export' as const,
        target: { type: 'research-tables', id: query.by },
        after: { by: query.by, lang: locale },
      };
      await recordStaffAction(context(), signedIn(actor), exported, trace.correlationId);
      return {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="jisr-research-${query.by}.csv"`,
          'Content-Language': locale,
        },
        body,
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/research/dictionary',
    tag: 'Research',
    summary: "The research export's data dictionary with ar, tr and en labels (observer, programme-manager)",
    access: readers,
    query: z.object({}).strict(),
    responses: { 200: { description: 'The dictionary', schema: dictionarySchema }, ...refused },
    handle: async () => ({ status: 200, body: researchDictionary() }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/research/dictionary.md',
    tag: 'Research',
    summary:
      "The research export's data dictionary as markdown in one language (observer, programme-manager)",
    access: readers,
    query: z.object({ lang: localeSchema.optional() }).strict(),
    responses: {
      200: { description: 'Markdown', schema: z.string(), contentType: 'text/markdown' },
      ...refused,
    },
    handle: async ({ actor, query, req, trace }) => {
      const locale: Locale = chooseLocale(req, query.lang);
      const exported = {
        action: 'research.export' as const,
        target: { type: 'research-dictionary', id: locale },
        after: { lang: locale },
      };
      await recordStaffAction(context(), signedIn(actor), exported, trace.correlationId);
      return {
        status: 200,
        headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
        body: researchDictionaryMarkdown(locale),
      };
    },
  }),
];
