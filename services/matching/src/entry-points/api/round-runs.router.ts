import { isAppError } from '@jisr/errors';
import { chooseLocale, defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import type { Request } from 'express';
import type { RoundRuns } from '../../domain/cohort-rounds/round-runner';
import { previewBody, roundParams, roundView } from './cohort-rounds.router';
import { langQuerySchema } from './introductions.router';
import { readyRoundViewSchema, roundRunViewSchema, roundStatusSchema, runView } from './round-run-view';

const running = {
  description: 'The round is queued or solving: poll its Location',
  schema: roundRunViewSchema,
};

/** RFC 7240: `Prefer: respond-async` asks for 202 at once, even for a round that would be quick. */
const respondAsync = (req: Request): boolean =>
  /(^|[,\s])respond-async([,;\s]|$)/i.test(req.get('prefer') ?? '');

/**
 * Council only: a round runs in the background with progress. POST answers 201 with the round when
 * it is ready within a moment, else 202 and where to poll; GET shows the round or its run; a running
 * round can be cancelled.
 */
export const roundRunRoutes = (runs: () => RoundRuns): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/cohort-rounds',
    tag: 'Cohort rounds',
    summary: "Run a cohort's optimal startup-advisor assignment (council); 202 while it solves",
    access: ['programme-manager'],
    query: langQuerySchema,
    body: previewBody,
    responses: {
      201: { description: 'The round, solved', schema: readyRoundViewSchema },
      202: running,
      ...problems,
      422: { description: 'Unknown cohort or unusable pin' },
    },
    handle: async ({ actor, query, body, req, trace }) => {
      const locale = chooseLocale(req, query.lang);
      const principal = signedIn(actor);
      const { run, end } = await runs().start(
        { ...body, createdBy: principal.sub },
        { wait: !respondAsync(req), actor: principal, correlationId: trace.correlationId },
      );
      const headers = { Location: `/v1/cohort-rounds/${run.id}` };
      if (end?.state === 'ready')
        return { status: 201, headers, body: { ...roundView(end.round, locale), state: 'ready' as const } };
      // A round refused for its input (a pin the engine cannot honour) is the asker's mistake: 4xx.
      if (end?.state === 'failed' && isAppError(end.error) && end.error.status < 500) throw end.error;
      return { status: 202, headers, body: runView(run, locale) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/cohort-rounds/:roundId',
    tag: 'Cohort rounds',
    summary: 'Read a cohort round, or while it runs its state and progress (council)',
    access: ['programme-manager', 'observer'],
    params: roundParams,
    query: langQuerySchema,
    responses: { 200: { description: 'The round or its run', schema: roundStatusSchema }, ...problems },
    handle: async ({ params, query, req }) => {
      const locale = chooseLocale(req, query.lang);
      const status = await runs().status(params.roundId);
      return {
        status: 200,
        body:
          'round' in status
            ? { ...roundView(status.round, locale), state: 'ready' as const }
            : runView(status.run, locale),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/cohort-rounds/:roundId/cancel',
    tag: 'Cohort rounds',
    summary: 'Cancel a queued or solving round; its solver stops (council)',
    access: ['programme-manager'],
    params: roundParams,
    query: langQuerySchema,
    responses: {
      200: { description: 'The cancelled run', schema: roundRunViewSchema },
      ...problems,
      409: { description: 'The round is no longer running' },
    },
    handle: async ({ actor, params, query, req, trace }) => ({
      status: 200,
      body: runView(
        await runs().cancel(params.roundId, signedIn(actor), trace.correlationId),
        chooseLocale(req, query.lang),
      ),
    }),
  }),
];
