import type { AccessRole } from '@jisr/auth';
import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import { ID_PATTERN } from '../../domain/ids';
import { slugSchema } from '../../domain/people/profile-fields';
import {
  checkIn,
  issueCheckInCode,
  readRoster,
  recordAttendance,
} from '../../domain/training/attendance.use-case';
import { myTraining, myTrainingViewSchema, sessionsToRun } from '../../domain/training/my-training.use-case';
import { cancelRegistration, registerForSession } from '../../domain/training/registration.use-case';
import {
  checkInCodeViewSchema,
  rosterViewSchema,
  staffSessionViewSchema,
  startupSessionViewSchema,
} from '../../domain/training/training-views';
import type { ApiDeps } from './api-deps';

const sessionParams = z
  .object({
    programmeId: z.string().regex(ID_PATTERN, { error: 'must be an id this service issued' }),
    sessionId: slugSchema,
  })
  .strict();
const SESSION = '/v1/programmes/:programmeId/sessions/:sessionId';
// Coordinators act on their centres' sessions (checked in the domain); programme managers on any.
const RUNS_SESSIONS = ['centre-coordinator', 'programme-manager'] as const satisfies readonly AccessRole[];

const mine = { description: 'The session as this startup sees it', schema: startupSessionViewSchema };
const roster = { description: 'The session roster', schema: rosterViewSchema };

export const trainingRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/training/mine',
    tag: 'Training',
    summary: "The startup's training: its programme's sessions, progress per phase, its certificates",
    access: ['startup'],
    responses: { 200: { description: 'My training', schema: myTrainingViewSchema }, ...problems },
    handle: async ({ actor }) => ({ status: 200, body: await myTraining(deps.context(), signedIn(actor)) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/training/sessions',
    tag: 'Training',
    summary: 'The training sessions this staff member runs (a coordinator: those at their centres)',
    access: RUNS_SESSIONS,
    responses: {
      200: {
        description: 'Sessions, soonest first',
        schema: z.object({ items: z.array(staffSessionViewSchema) }),
      },
      ...problems,
    },
    handle: async ({ actor }) => ({
      status: 200,
      body: { items: await sessionsToRun(deps.context(), signedIn(actor)) },
    }),
  }),
  defineRoute({
    method: 'post',
    path: `${SESSION}/registrations`,
    tag: 'Training',
    summary: 'Register for a training session (startup of the programme); publishes progress.registered',
    access: ['startup'],
    params: sessionParams,
    responses: { 201: mine, ...problems, 409: { description: 'Full, already registered or started' } },
    handle: async ({ actor, params, trace }) => ({
      status: 201,
      body: await registerForSession(
        deps.context(),
        signedIn(actor),
        params.programmeId,
        params.sessionId,
        trace,
      ),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: `${SESSION}/registrations/mine`,
    tag: 'Training',
    summary: 'Give the seat back before the session starts; publishes progress.registration-cancelled',
    access: ['startup'],
    params: sessionParams,
    responses: { 200: mine, ...problems, 409: { description: 'Not registered, or already started' } },
    handle: async ({ actor, params, trace }) => ({
      status: 200,
      body: await cancelRegistration(
        deps.context(),
        signedIn(actor),
        params.programmeId,
        params.sessionId,
        trace,
      ),
    }),
  }),
  defineRoute({
    method: 'post',
    path: `${SESSION}/check-ins`,
    tag: 'Training',
    summary: 'Check in with the code shown in the room (registered startup); publishes progress.attended',
    access: ['startup'],
    params: sessionParams,
    body: z.object({ code: z.string().trim().min(1).max(20) }).strict(),
    responses: {
      200: mine,
      ...problems,
      409: { description: 'Not registered' },
      422: { description: 'Wrong or expired code' },
    },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await checkIn(
        deps.context(),
        signedIn(actor),
        params.programmeId,
        params.sessionId,
        body.code,
        trace,
      ),
    }),
  }),
  defineRoute({
    method: 'get',
    path: `${SESSION}/roster`,
    tag: 'Training',
    summary: 'Who registered for and attended a session (its coordinator)',
    access: RUNS_SESSIONS,
    params: sessionParams,
    responses: { 200: roster, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await readRoster(deps.context(), signedIn(actor), params.programmeId, params.sessionId),
    }),
  }),
  defineRoute({
    method: 'post',
    path: `${SESSION}/attendance`,
    tag: 'Training',
    summary: 'Mark registered startups attended (its coordinator); publishes progress.attended',
    access: RUNS_SESSIONS,
    params: sessionParams,
    body: z.object({ startupIds: z.array(z.string().regex(ID_PATTERN)).min(1).max(500) }).strict(),
    responses: { 200: roster, ...problems, 422: { description: 'A startup is not registered' } },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await recordAttendance(
        deps.context(),
        signedIn(actor),
        params.programmeId,
        params.sessionId,
        body.startupIds,
        trace,
      ),
    }),
  }),
  defineRoute({
    method: 'post',
    path: `${SESSION}/check-in-code`,
    tag: 'Training',
    summary: 'Show a new check-in code for the session (its coordinator); the previous one stops working',
    access: RUNS_SESSIONS,
    params: sessionParams,
    responses: {
      201: { description: 'The code and when it expires', schema: checkInCodeViewSchema },
      ...problems,
    },
    handle: async ({ actor, params }) => ({
      status: 201,
      body: await issueCheckInCode(deps.context(), signedIn(actor), params.programmeId, params.sessionId),
    }),
  }),
];
