import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import {
  phaseMilestonesBodySchema,
  reachedBodySchema,
  sendBackBodySchema,
} from '../../domain/milestones/milestone';
import {
  getProgrammeMilestones,
  programmeMilestonesViewSchema,
  setPhaseMilestones,
} from '../../domain/milestones/milestone-definitions.use-case';
import { decideMilestone, markMilestoneReached } from '../../domain/milestones/milestone-progress.use-case';
import {
  getCohortProgress,
  getStartupMilestones,
  listAwaitingMilestones,
} from '../../domain/milestones/milestone-queries.use-case';
import {
  awaitingMilestoneSchema,
  cohortProgressSchema,
  milestoneProgressViewSchema,
  startupMilestonesViewSchema,
} from '../../domain/milestones/milestone-view';
import { slugSchema } from '../../domain/people/profile-fields';
import type { ApiDeps } from './api-deps';
import { programmeIdParams, startupIdParams } from './id-params';

const definitions = {
  description: "The programme's milestones by phase",
  schema: programmeMilestonesViewSchema,
};
const claim = { description: 'The claim', schema: milestoneProgressViewSchema };
const phaseParams = programmeIdParams.extend({ phaseId: slugSchema }).strict();
const claimParams = startupIdParams.extend({ milestoneId: slugSchema }).strict();

export const milestoneRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/programmes/:programmeId/milestones',
    tag: 'Milestones',
    summary: "Read a programme's milestones, phase by phase",
    access: 'signed-in',
    params: programmeIdParams,
    responses: { 200: definitions, ...problems },
    handle: async ({ params }) => ({
      status: 200,
      body: await getProgrammeMilestones(deps.context(), params.programmeId),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/programmes/:programmeId/phases/:phaseId/milestones',
    tag: 'Milestones',
    summary: "Replace a phase's milestones (programme manager)",
    access: ['programme-manager'],
    params: phaseParams,
    body: phaseMilestonesBodySchema,
    responses: {
      200: definitions,
      ...problems,
      409: { description: 'A milestone id is used by another phase' },
    },
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await setPhaseMilestones(
        deps.context(),
        signedIn(actor),
        params.programmeId,
        params.phaseId,
        body,
      ),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/startups/:startupId/milestones',
    tag: 'Milestones',
    summary:
      "A startup's milestones with its claims (the startup, its mentors, its centre's coordinators, staff)",
    access: ['startup', 'advisor', 'programme-manager', 'centre-coordinator', 'observer'],
    params: startupIdParams,
    responses: {
      200: { description: 'Milestones by phase', schema: startupMilestonesViewSchema },
      ...problems,
    },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await getStartupMilestones(deps.context(), signedIn(actor), params.startupId),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/startups/:startupId/milestones/:milestoneId/reached',
    tag: 'Milestones',
    summary: 'The startup marks a milestone reached, with evidence; publishes progress.milestone-reached',
    access: ['startup'],
    params: claimParams,
    body: reachedBodySchema,
    responses: { 200: claim, ...problems, 409: { description: 'Already confirmed, or not in a programme' } },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await markMilestoneReached(deps.context(), signedIn(actor), params, body, trace),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/startups/:startupId/milestones/:milestoneId/confirm',
    tag: 'Milestones',
    summary:
      "Confirm a claim (the startup's mentor or its centre's coordinator); publishes progress.milestone-confirmed",
    access: ['advisor', 'centre-coordinator'],
    params: claimParams,
    responses: { 200: claim, ...problems, 409: { description: 'Not waiting for a decision' } },
    handle: async ({ actor, params, trace }) => ({
      status: 200,
      body: await decideMilestone(deps.context(), signedIn(actor), params, { confirm: true }, trace),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/startups/:startupId/milestones/:milestoneId/send-back',
    tag: 'Milestones',
    summary:
      "Send a claim back with a reason (the startup's mentor or its centre's coordinator); publishes progress.milestone-sent-back",
    access: ['advisor', 'centre-coordinator'],
    params: claimParams,
    body: sendBackBodySchema,
    responses: { 200: claim, ...problems, 409: { description: 'Not waiting for a decision' } },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await decideMilestone(
        deps.context(),
        signedIn(actor),
        params,
        { confirm: false, reason: body.reason },
        trace,
      ),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/milestones/awaiting',
    tag: 'Milestones',
    summary: "Claims the caller may decide: a mentor's startups, or a coordinator's centres",
    access: ['advisor', 'centre-coordinator'],
    responses: {
      200: { description: 'Oldest first', schema: z.object({ items: z.array(awaitingMilestoneSchema) }) },
      ...problems,
    },
    handle: async ({ actor }) => ({
      status: 200,
      body: { items: await listAwaitingMilestones(deps.context(), signedIn(actor)) },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/programmes/:programmeId/progress',
    tag: 'Milestones',
    summary: 'Milestones reached and confirmed per cohort and phase (programme managers, observers)',
    access: ['programme-manager', 'observer'],
    params: programmeIdParams,
    responses: { 200: { description: 'Counts', schema: cohortProgressSchema }, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await getCohortProgress(deps.context(), signedIn(actor), params.programmeId),
    }),
  }),
];
