import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import { centreInputSchema } from '../../domain/centres/centre';
import { centreViewSchema, getCentre, listCentres, saveCentre } from '../../domain/centres/centre.use-case';
import { programmeInputSchema, weightsBodySchema } from '../../domain/programmes/programme';
import {
  createProgramme,
  getProgramme,
  listProgrammes,
  replaceProgramme,
  setProgrammeWeights,
} from '../../domain/programmes/programme.use-case';
import { programmeViewSchema } from '../../domain/programmes/programme-view';
import type { ApiDeps } from './api-deps';
import { centreIdParams, programmeIdParams } from './id-params';
import { pageQueryShape, pageResponse, pageSchema, toPageRequest } from './paging';

const view = { description: 'The programme', schema: programmeViewSchema };
const centre = { description: 'The centre', schema: centreViewSchema };

export const programmeRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/programmes',
    tag: 'Programmes',
    summary: 'Create a programme with phases, training sessions and cohorts (council)',
    access: ['programme-manager'],
    body: programmeInputSchema,
    responses: { 201: view, ...problems, 422: { description: 'A session names an unknown centre' } },
    handle: async ({ actor, body, trace }) => ({
      status: 201,
      body: await createProgramme(deps.context(), signedIn(actor), body, trace),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/programmes/:programmeId',
    tag: 'Programmes',
    summary: 'Replace a programme (council); publishes programme.upserted',
    access: ['programme-manager'],
    params: programmeIdParams,
    body: programmeInputSchema,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await replaceProgramme(deps.context(), signedIn(actor), params.programmeId, body, trace),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/programmes/:programmeId/weights',
    tag: 'Programmes',
    summary: 'Set the matching weights of a programme (council); publishes programme.weights-changed',
    access: ['programme-manager'],
    params: programmeIdParams,
    body: weightsBodySchema,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await setProgrammeWeights(deps.context(), signedIn(actor), params.programmeId, body, trace),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/programmes/:programmeId',
    tag: 'Programmes',
    summary: 'Read a programme: timeline, training sessions, cohorts, weights',
    access: 'signed-in',
    params: programmeIdParams,
    responses: { 200: view, ...problems },
    handle: async ({ params }) => ({
      status: 200,
      body: await getProgramme(deps.context(), params.programmeId),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/programmes',
    tag: 'Programmes',
    summary: 'List programmes, cursor-paginated',
    access: 'signed-in',
    query: z.object(pageQueryShape).strict(),
    responses: {
      200: { description: 'A page', schema: pageSchema(programmeViewSchema) },
      400: problems[400],
    },
    handle: async ({ query }) => ({
      status: 200,
      body: pageResponse(await listProgrammes(deps.context(), toPageRequest(query))),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/centres/:centreId',
    tag: 'Centres',
    summary: 'Create or rename a business development centre (council)',
    access: ['programme-manager'],
    params: centreIdParams,
    body: centreInputSchema,
    responses: { 200: centre, 201: centre, ...problems },
    handle: async ({ actor, params, body }) => {
      const saved = await saveCentre(deps.context(), signedIn(actor), params.centreId, body);
      return { status: saved.created ? 201 : 200, body: saved.centre };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/centres',
    tag: 'Centres',
    summary: 'List business development centres',
    access: 'signed-in',
    responses: {
      200: { description: 'All centres', schema: z.object({ items: z.array(centreViewSchema) }) },
    },
    handle: async () => ({ status: 200, body: { items: await listCentres(deps.context()) } }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/centres/:centreId',
    tag: 'Centres',
    summary: 'Read a business development centre',
    access: 'signed-in',
    params: centreIdParams,
    responses: { 200: centre, ...problems },
    handle: async ({ params }) => ({ status: 200, body: await getCentre(deps.context(), params.centreId) }),
  }),
];
