import type { Actor } from '@jisr/auth';
import { defineRoute, encodeCursor, problems, signedIn, signedInVerified, type Route } from '@jisr/http-kit';
import { answerInfoRequest } from '../../domain/introduction/answer-info-request.use-case';
import { completeIntroduction } from '../../domain/introduction/complete-introduction.use-case';
import {
  acceptIntroduction,
  declineIntroduction,
  requestIntroductionInfo,
} from '../../domain/introduction/decide-introduction.use-case';
import { getIntroduction, listIntroductions } from '../../domain/introduction/introduction-queries.use-case';
import type { ApiDeps } from './api-deps';
import {
  afterOf,
  completeBody,
  declineBody,
  emptyBody,
  idParams,
  infoRequestBody,
  infoResponseBody,
  introductionListQuery,
} from './api-schemas';
import { introductionPageSchema, introductionSchema } from './api-views';
import { presentIntroduction } from './presenters';

const TAG = 'Introductions';
const parties = ['startup', 'advisor'] as const;
const advisor = ['advisor'] as const;
const item = { description: 'The introduction as it now stands', schema: introductionSchema };
const decision = { 200: item, ...problems, 409: { description: 'Already decided or closed' } };

/** The advisor's inbox and decisions; the startup's view of its requests and its answers. */
export const introductionRoutes = ({ ctx }: ApiDeps): Route[] => {
  /** Every decision answers with the item as it now stands. */
  const current = async (actor: Actor, id: string) => ({
    status: 200,
    body: presentIntroduction(await getIntroduction(ctx, actor, id)),
  });
  return [
    defineRoute({
      method: 'get',
      path: '/v1/introductions',
      tag: TAG,
      summary: 'My introductions: the advisor inbox or the startup’s requests',
      access: parties,
      query: introductionListQuery,
      responses: { 200: { description: 'A page', schema: introductionPageSchema }, ...problems },
      handle: async ({ actor, query }) => {
        const page = await listIntroductions(ctx, signedIn(actor), query.status, {
          after: afterOf(query.cursor),
          limit: query.limit,
        });
        const nextCursor = page.next === null ? null : encodeCursor({ after: page.next });
        return { status: 200, body: { items: page.items.map(presentIntroduction), nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/introductions/:id',
      tag: TAG,
      summary: 'Read an introduction',
      access: parties,
      params: idParams,
      responses: { 200: item, ...problems },
      handle: async ({ actor, params }) => current(signedIn(actor), params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/v1/introductions/:id/accept',
      tag: TAG,
      summary: 'Accept (advisor); opens the thread',
      access: advisor,
      params: idParams,
      body: emptyBody,
      responses: decision,
      handle: async ({ actor, params, trace }) => {
        const me = signedInVerified(actor);
        await acceptIntroduction(ctx, { advisorId: me.sub, introductionId: params.id, ...trace });
        return current(me, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/introductions/:id/decline',
      tag: TAG,
      summary: 'Decline with a reason (advisor)',
      access: advisor,
      params: idParams,
      body: declineBody,
      responses: decision,
      handle: async ({ actor, params, body, trace }) => {
        const me = signedIn(actor);
        await declineIntroduction(ctx, {
          advisorId: me.sub,
          introductionId: params.id,
          reason: body.reason,
          comment: body.comment ?? null,
          ...trace,
        });
        return current(me, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/introductions/:id/info-request',
      tag: TAG,
      summary: 'Ask the startup a question before deciding (advisor)',
      access: advisor,
      params: idParams,
      body: infoRequestBody,
      responses: decision,
      handle: async ({ actor, params, body, trace }) => {
        const me = signedIn(actor);
        await requestIntroductionInfo(ctx, {
          advisorId: me.sub,
          introductionId: params.id,
          question: body.question,
          ...trace,
        });
        return current(me, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/introductions/:id/info-response',
      tag: TAG,
      summary: "Answer the advisor's question (startup)",
      access: ['startup'],
      params: idParams,
      body: infoResponseBody,
      responses: decision,
      handle: async ({ actor, params, body }) => {
        const me = signedIn(actor);
        await answerInfoRequest(ctx, { startupId: me.sub, introductionId: params.id, answer: body.answer });
        return current(me, params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/introductions/:id/complete',
      tag: TAG,
      summary: 'Mark the introduction complete with a rating',
      access: parties,
      params: idParams,
      body: completeBody,
      responses: decision,
      handle: async ({ actor, params, body, trace }) => {
        const me = signedIn(actor);
        await completeIntroduction(ctx, {
          actor: me,
          introductionId: params.id,
          rating: body.rating,
          comment: body.comment ?? null,
          ...trace,
        });
        return current(me, params.id);
      },
    }),
  ];
};
