import { defineRoute, encodeCursor, problems, rateLimit, signedIn, type Route } from '@jisr/http-kit';
import {
  getThread,
  listMessages,
  listThreads,
  markThreadRead,
} from '../../domain/conversation/conversation-queries.use-case';
import { sendMessage } from '../../domain/conversation/send-message.use-case';
import { actorOf, type ApiDeps } from './api-deps';
import {
  afterOf,
  beforeSeqOf,
  idParams,
  messageBody,
  messageListQuery,
  readMarkerBody,
  threadListQuery,
} from './api-schemas';
import {
  messagePageSchema,
  messageSchema,
  readMarkerSchema,
  threadPageSchema,
  threadSchema,
} from './api-views';
import { presentMessage, presentThread } from './presenters';

const TAG = 'Threads';
const parties = ['startup', 'advisor'] as const;
/** Staff who follow the pipeline learn that a conversation exists and its status, never its messages. */
const readers = ['startup', 'advisor', 'programme-manager', 'observer'] as const;
const closed = { 409: { description: 'The thread is closed' } };

/** Conversations: parties read and write; the council may only see that a thread exists and its status. */
export const threadRoutes = ({ ctx, messageLimiter }: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/threads',
    tag: TAG,
    summary: 'My threads (the council sees every thread without its messages)',
    access: readers,
    query: threadListQuery,
    responses: { 200: { description: 'A page', schema: threadPageSchema }, ...problems },
    handle: async ({ actor, query }) => {
      const page = await listThreads(ctx, signedIn(actor), {
        after: afterOf(query.cursor),
        limit: query.limit,
      });
      const nextCursor = page.next === null ? null : encodeCursor({ after: page.next });
      return { status: 200, body: { items: page.items.map(presentThread), nextCursor } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/threads/:id',
    tag: TAG,
    summary: 'Read a thread',
    access: readers,
    params: idParams,
    responses: { 200: { description: 'The thread', schema: threadSchema }, ...problems },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: presentThread(await getThread(ctx, signedIn(actor), params.id)),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/threads/:id/messages',
    tag: TAG,
    summary: 'Messages, newest first (parties only)',
    access: readers,
    params: idParams,
    query: messageListQuery,
    responses: { 200: { description: 'A page', schema: messagePageSchema }, ...problems },
    handle: async ({ actor, params, query }) => {
      const page = await listMessages(ctx, {
        actor: signedIn(actor),
        threadId: params.id,
        beforeSeq: beforeSeqOf(query.cursor),
        limit: query.limit,
      });
      const nextCursor = page.nextBeforeSeq === null ? null : encodeCursor({ beforeSeq: page.nextBeforeSeq });
      return {
        status: 200,
        body: { items: page.messages.map((m) => presentMessage(m, page.participants)), nextCursor },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/threads/:id/messages',
    tag: TAG,
    summary: 'Send a message',
    access: parties,
    params: idParams,
    body: messageBody,
    // Per user, checked before any work: 429 with Retry-After. Shared by all instances when the cache is Redis.
    before: [
      rateLimit({
        limiter: messageLimiter,
        key: (_req, res) => actorOf(res).sub,
        code: 'MESSAGE.RATE_LIMITED',
      }),
    ],
    responses: {
      201: { description: 'The message', schema: messageSchema },
      ...problems,
      ...closed,
      429: { description: 'Too many messages; see Retry-After' },
    },
    handle: async ({ actor, params, body }) => {
      const me = signedIn(actor);
      const message = await sendMessage(ctx, { actor: me, threadId: params.id, body: body.body });
      const { participants } = await getThread(ctx, me, params.id);
      return { status: 201, body: presentMessage(message, participants) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/threads/:id/read',
    tag: TAG,
    summary: 'Mark messages read up to a sequence number',
    access: parties,
    params: idParams,
    body: readMarkerBody,
    responses: { 200: { description: 'The read marker', schema: readMarkerSchema }, ...problems },
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await markThreadRead(ctx, { actor: signedIn(actor), threadId: params.id, upToSeq: body.upToSeq }),
    }),
  }),
];
