import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import { listNotices, markNoticeRead, noticeViewSchema } from '../../domain/notices/notices.use-case';
import type { ApiDeps } from './api-deps';
import { noticeIdParams } from './id-params';
import { booleanQuery, pageQueryShape, pageResponse, pageSchema, toPageRequest } from './paging';

export const councilRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/council/notices',
    tag: 'Council',
    summary: 'Notices for the council (e.g. an advisor stopped answering), newest first',
    access: ['verifier'],
    query: z.object({ unread: booleanQuery.optional(), ...pageQueryShape }).strict(),
    responses: { 200: { description: 'A page', schema: pageSchema(noticeViewSchema) }, 400: problems[400] },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: pageResponse(
        await listNotices(deps.context(), signedIn(actor), query.unread ?? false, toPageRequest(query)),
      ),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/council/notices/:noticeId/read',
    tag: 'Council',
    summary: 'Mark a notice read',
    access: ['verifier'],
    params: noticeIdParams,
    responses: { 200: { description: 'The notice', schema: noticeViewSchema }, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await markNoticeRead(deps.context(), signedIn(actor), params.noticeId),
    }),
  }),
];
