import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { advisorProfileInputSchema, pauseBodySchema } from '../../domain/advisors/advisor-profile';
import { advisorViewSchema } from '../../domain/advisors/advisor-view';
import {
  decideAdvisorVerification,
  getAdvisorProfile,
  listAdvisors,
  placeAdvisor,
  saveAdvisorProfile,
} from '../../domain/advisors/advisor.use-case';
import { setAdvisorPause } from '../../domain/advisors/pause.use-case';
import { verificationDecisionSchema } from '../../domain/people/profile-fields';
import { advisorPlacementBodySchema } from '../../domain/programmes/placement';
import type { ApiDeps } from './api-deps';
import { advisorIdParams } from './id-params';
import { advisorListQuery, splitListQuery } from './listing-queries';
import { pageResponse, pageSchema, toPageRequest } from './paging';

const view = { description: 'The advisor profile', schema: advisorViewSchema };

export const advisorRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'put',
    path: '/v1/advisors/:advisorId',
    tag: 'Advisors',
    summary: 'Create or replace an advisor profile (owner or council); publishes advisor.upserted',
    access: ['advisor', 'programme-manager', 'verifier'],
    params: advisorIdParams,
    body: advisorProfileInputSchema,
    responses: { 200: view, 201: view, ...problems },
    handle: async ({ actor, params, body, trace }) => {
      const saved = await saveAdvisorProfile(deps.context(), signedIn(actor), params.advisorId, body, trace);
      return { status: saved.created ? 201 : 200, body: saved.profile };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/advisors/:advisorId',
    tag: 'Advisors',
    summary: 'Read an advisor profile (owner or council)',
    access: ['advisor', 'admin', 'programme-manager', 'verifier', 'observer'],
    params: advisorIdParams,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await getAdvisorProfile(deps.context(), signedIn(actor), params.advisorId),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/advisors/:advisorId/pause',
    tag: 'Advisors',
    summary: 'Switch "not taking new introductions" (owner: reason self; council: reason council)',
    access: ['advisor', 'programme-manager'],
    params: advisorIdParams,
    body: pauseBodySchema,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await setAdvisorPause(deps.context(), signedIn(actor), params.advisorId, body.paused, trace),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/advisors',
    tag: 'Council',
    summary: 'List advisors with filters, oldest first, cursor-paginated (council)',
    access: ['admin', 'programme-manager', 'verifier', 'observer'],
    query: advisorListQuery,
    responses: { 200: { description: 'A page', schema: pageSchema(advisorViewSchema) }, 400: problems[400] },
    handle: async ({ actor, query }) => {
      const { filter, page } = splitListQuery(query);
      const found = await listAdvisors(deps.context(), signedIn(actor), filter, toPageRequest(page));
      return { status: 200, body: pageResponse(found) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/advisors/:advisorId/verification',
    tag: 'Council',
    summary: 'Verify or reject (with a reason) an advisor profile (council)',
    access: ['verifier'],
    params: advisorIdParams,
    body: verificationDecisionSchema,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await decideAdvisorVerification(deps.context(), signedIn(actor), params.advisorId, body, trace),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/advisors/:advisorId/placement',
    tag: 'Council',
    summary: 'Attach an advisor to a business development centre (council)',
    access: ['programme-manager'],
    params: advisorIdParams,
    body: advisorPlacementBodySchema,
    responses: { 200: view, ...problems, 422: { description: 'Unknown centre' } },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await placeAdvisor(deps.context(), signedIn(actor), params.advisorId, body, trace),
    }),
  }),
];
