import { entityIdSchema, localeSchema } from '@jisr/contracts';
import { defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import type { MatchingContext } from '../../domain/matching-context';
import { readImpactReport } from '../../domain/reports/read-impact-report.use-case';
import { REPORT_READERS } from '../../domain/reports/report-readers';
import { REPORT_SCOPES } from '../../domain/reports/report-scope';
import { impactReportSchema } from './report-views';

const reportParams = z.object({ scope: z.enum(REPORT_SCOPES), id: entityIdSchema }).strict();
const reportQuery = z.object({ lang: localeSchema.optional() }).strict();

/** Impact reports per programme, cohort or centre (observers, programme managers, a centre's coordinator). */
export const reportRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/reports/:scope/:id',
    tag: 'Reports',
    summary:
      'Impact report of a programme, cohort or centre: introductions, meetings, attendance, milestones, outcomes since entry (observer, programme-manager; a centre-coordinator for their centres)',
    access: REPORT_READERS,
    params: reportParams,
    query: reportQuery,
    responses: {
      200: { description: 'The report', schema: impactReportSchema },
      400: problems[400],
      401: problems[401],
      403: problems[403],
      404: problems[404],
    },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await readImpactReport(context(), signedIn(actor), { kind: params.scope, id: params.id }),
    }),
  }),
];
