import { defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import { pauseAdvisor, resumeAdvisor } from '../../domain/introduction/advisor-pause.use-case';
import type { ApiDeps } from './api-deps';
import { emptyBody, pauseBody } from './api-schemas';
import { pauseSchema, resumeSchema } from './api-views';

const advisor = ['advisor'] as const;

/** The advisor's own switch: take a break (optionally releasing what waits), or come back. */
export const inboxRoutes = ({ ctx }: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/inbox/pause',
    tag: 'Inbox',
    summary: 'Pause my inbox, optionally releasing open requests (advisor)',
    access: advisor,
    body: pauseBody,
    responses: { 202: { description: 'Pause requested', schema: pauseSchema }, ...problems },
    handle: async ({ actor, body, trace }) => {
      const advisorId = signedIn(actor).sub;
      const { released } = await pauseAdvisor(ctx, {
        advisorId,
        releaseOpenRequests: body.releaseOpenRequests,
        ...trace,
      });
      return { status: 202, body: { advisorId, pauseRequested: true, released } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/inbox/resume',
    tag: 'Inbox',
    summary: 'Resume my inbox (advisor)',
    access: advisor,
    body: emptyBody,
    responses: { 202: { description: 'Resume requested', schema: resumeSchema }, ...problems },
    handle: async ({ actor, trace }) => {
      const advisorId = signedIn(actor).sub;
      await resumeAdvisor(ctx, { advisorId, ...trace });
      return { status: 202, body: { advisorId, resumeRequested: true } };
    },
  }),
];
