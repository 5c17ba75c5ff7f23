import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { outcomeReportSchema } from '../../domain/outcomes/outcome';
import { listOutcomes, reportOutcome } from '../../domain/outcomes/outcome-check-in.use-case';
import { outcomeCheckInViewSchema, outcomeHistorySchema } from '../../domain/outcomes/outcome-view';
import { quarterSchema } from '../../domain/outcomes/quarter';
import type { ApiDeps } from './api-deps';
import { startupIdParams } from './id-params';

const quarterParams = startupIdParams.extend({ quarter: quarterSchema }).strict();

export const outcomeRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'put',
    path: '/v1/startups/:startupId/outcomes/:quarter',
    tag: 'Outcomes',
    summary:
      "Report (or amend) a quarter's outcome check-in (the startup); publishes progress.outcome-reported",
    access: ['startup'],
    params: quarterParams,
    body: outcomeReportSchema,
    responses: {
      200: { description: 'The check-in with every revision', schema: outcomeCheckInViewSchema },
      ...problems,
      409: { description: 'The startup is not in a programme' },
    },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await reportOutcome(
        deps.context(),
        signedIn(actor),
        params.startupId,
        params.quarter,
        body,
        trace,
      ),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/startups/:startupId/outcomes',
    tag: 'Outcomes',
    summary: "A startup's check-ins, newest quarter first, with every revision and the quarter now due",
    access: ['startup', 'advisor', 'programme-manager', 'centre-coordinator', 'observer'],
    params: startupIdParams,
    responses: { 200: { description: 'The history', schema: outcomeHistorySchema }, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await listOutcomes(deps.context(), signedIn(actor), params.startupId),
    }),
  }),
];
