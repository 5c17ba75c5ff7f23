import { entityIdSchema, localeSchema, visibleText, type Locale } from '@jisr/contracts';
import { chooseLocale, defineRoute, problems, signedIn, signedInVerified, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import type { IntroductionRecord } from '../../domain/introductions/introduction';
import { withdrawIntroduction } from '../../domain/introductions/introduction-lifecycle.use-case';
import {
  introductionsOfAdvisor,
  introductionsOfStartup,
  readIntroduction,
} from '../../domain/introductions/introduction-queries.use-case';
import { requestIntroduction } from '../../domain/introductions/request-introduction.use-case';
import type { MatchingContext } from '../../domain/matching-context';
import { requireSelfOrCouncil } from './access';
import { introductionListSchema, introductionViewSchema } from './api-views';
import { explained } from './explanation-view';

const WITHDRAW_REASON = 'سحبت الشركة الطلب. / Girişim talebi geri çekti. / Withdrawn by the startup.';
const requestBody = z
  .object({ advisorId: entityIdSchema, note: visibleText({ kind: 'prose', max: 1000 }) })
  .strict();
const withdrawBody = z
  .object({ reason: visibleText({ kind: 'prose', max: 500 }).default(WITHDRAW_REASON) })
  .strict();
const idParams = z.object({ introductionId: entityIdSchema }).strict();
const startupParams = z.object({ startupId: entityIdSchema }).strict();
const advisorParams = z.object({ advisorId: entityIdSchema }).strict();
/** The query of routes whose only option is the reader's language. */
export const langQuerySchema = z.object({ lang: localeSchema.optional() }).strict();

export const introductionView = (record: IntroductionRecord, locale: Locale) => ({
  introductionId: record.id,
  startupId: record.startupId,
  advisorId: record.advisorId,
  note: record.note,
  state: record.state,
  score: record.score,
  explanation: explained(record.explanation, locale),
  programmeId: record.programmeId,
  roundId: record.roundId,
  requestedAt: record.requestedAt,
  acceptedAt: record.acceptedAt,
  closedAt: record.closedAt,
  declineReason: record.declineReason,
  expiryReason: record.expiryReason ?? null,
  rating: record.rating,
});

const view = { description: 'The introduction request', schema: introductionViewSchema };
const conflict = { description: 'Not allowed in its current state or over a limit' };

export const introductionRoutes = (context: () => MatchingContext): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/introductions',
    tag: 'Introductions',
    summary: 'Request an introduction to an advisor (startup); publishes introduction.requested',
    access: ['startup'],
    query: langQuerySchema,
    body: requestBody,
    responses: {
      201: view,
      ...problems,
      409: conflict,
      422: { description: 'The advisor cannot be matched' },
    },
    handle: async ({ actor, query, body, trace, req }) => {
      const record = await requestIntroduction(context(), {
        ...body,
        startupId: signedInVerified(actor).sub,
        correlationId: trace.correlationId,
      });
      return {
        status: 201,
        headers: { Location: `/v1/introductions/${record.id}` },
        body: introductionView(record, chooseLocale(req, query.lang)),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/introductions/:introductionId',
    tag: 'Introductions',
    summary: 'Read an introduction request (its startup, its advisor or the council); others get 404',
    access: ['startup', 'advisor', 'programme-manager', 'observer'],
    params: idParams,
    query: langQuerySchema,
    responses: { 200: view, ...problems },
    handle: async ({ actor, params, query, req }) => {
      const record = await readIntroduction(context(), signedIn(actor), params.introductionId);
      return { status: 200, body: introductionView(record, chooseLocale(req, query.lang)) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/introductions/:introductionId/withdraw',
    tag: 'Introductions',
    summary: 'Withdraw an open request (its startup); publishes introduction.withdrawn',
    access: ['startup'],
    params: idParams,
    body: withdrawBody,
    responses: { 200: view, ...problems, 409: conflict },
    handle: async ({ actor, params, body, trace, req }) => {
      const record = await withdrawIntroduction(context(), {
        introductionId: params.introductionId,
        reason: body.reason,
        startupId: signedIn(actor).sub,
        correlationId: trace.correlationId,
      });
      return { status: 200, body: introductionView(record, chooseLocale(req)) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/startups/:startupId/introductions',
    tag: 'Introductions',
    summary: "A startup's introduction requests (the startup itself or the council)",
    access: ['startup', 'programme-manager', 'observer'],
    params: startupParams,
    query: langQuerySchema,
    responses: { 200: { description: 'Every request', schema: introductionListSchema }, ...problems },
    handle: async ({ params, query, req, res }) => {
      requireSelfOrCouncil(res, 'startup', params.startupId);
      const locale = chooseLocale(req, query.lang);
      const records = await introductionsOfStartup(context(), params.startupId);
      return { status: 200, body: { items: records.map((record) => introductionView(record, locale)) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/advisors/:advisorId/introductions',
    tag: 'Introductions',
    summary: "An advisor's introduction requests, newest first (the advisor itself or the council)",
    access: ['advisor', 'programme-manager', 'observer'],
    params: advisorParams,
    query: langQuerySchema,
    responses: { 200: { description: 'Every request', schema: introductionListSchema }, ...problems },
    handle: async ({ params, query, req, res }) => {
      requireSelfOrCouncil(res, 'advisor', params.advisorId);
      const locale = chooseLocale(req, query.lang);
      const records = await introductionsOfAdvisor(context(), params.advisorId);
      return { status: 200, body: { items: records.map((record) => introductionView(record, locale)) } };
    },
  }),
];
