import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { verificationDecisionSchema } from '../../domain/people/profile-fields';
import { startupPlacementBodySchema } from '../../domain/programmes/placement';
import { startupProfileInputSchema } from '../../domain/startups/startup-profile';
import {
  decideStartupVerification,
  getStartupProfile,
  listStartups,
  placeStartup,
  saveStartupProfile,
} from '../../domain/startups/startup.use-case';
import { startupViewSchema } from '../../domain/startups/startup-view';
import type { ApiDeps } from './api-deps';
import { startupIdParams } from './id-params';
import { splitListQuery, startupListQuery } from './listing-queries';
import { pageResponse, pageSchema, toPageRequest } from './paging';

const view = { description: 'The startup profile', schema: startupViewSchema };

export const startupRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'put',
    path: '/v1/startups/:startupId',
    tag: 'Startups',
    summary: 'Create or replace a startup profile (owner or council); publishes startup.upserted',
    access: ['startup', 'programme-manager', 'verifier'],
    params: startupIdParams,
    body: startupProfileInputSchema,
    responses: { 200: view, 201: view, ...problems },
    handle: async ({ actor, params, body, trace }) => {
      const saved = await saveStartupProfile(deps.context(), signedIn(actor), params.startupId, body, trace);
      return { status: saved.created ? 201 : 200, body: saved.profile };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/startups/:startupId',
    tag: 'Startups',
    summary: 'Read a startup profile (owner or council)',
    access: ['startup', 'admin', 'programme-manager', 'verifier', 'centre-coordinator', 'observer'],
    params: startupIdParams,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await getStartupProfile(deps.context(), signedIn(actor), params.startupId),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/startups',
    tag: 'Council',
    summary: 'List startups with filters, oldest first, cursor-paginated (council)',
    access: ['admin', 'programme-manager', 'verifier', 'centre-coordinator', 'observer'],
    query: startupListQuery,
    responses: { 200: { description: 'A page', schema: pageSchema(startupViewSchema) }, 400: problems[400] },
    handle: async ({ actor, query }) => {
      const { filter, page } = splitListQuery(query);
      const found = await listStartups(deps.context(), signedIn(actor), filter, toPageRequest(page));
      return { status: 200, body: pageResponse(found) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/startups/:startupId/verification',
    tag: 'Council',
    summary: 'Verify or reject (with a reason) a startup profile (council)',
    access: ['verifier'],
    params: startupIdParams,
    body: verificationDecisionSchema,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await decideStartupVerification(deps.context(), signedIn(actor), params.startupId, body, trace),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/startups/:startupId/placement',
    tag: 'Council',
    summary: 'Attach a startup to a centre, programme and cohort (council)',
    access: ['programme-manager'],
    params: startupIdParams,
    body: startupPlacementBodySchema,
    responses: { 200: view, ...problems, 422: { description: 'Unknown centre, programme or cohort' } },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await placeStartup(deps.context(), signedIn(actor), params.startupId, body, trace),
    }),
  }),
];
