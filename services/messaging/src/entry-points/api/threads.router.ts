import { requireRole } from '@jisr/auth';
import { encodeCursor, parseWith, rateLimit } from '@jisr/http-kit';
import type { Router } from 'express';
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
import { presentMessage, presentThread } from './presenters';

/** Conversations: parties read and write; the council may only see that a thread exists and its status. */
export function mountThreadRoutes(router: Router, { ctx, authenticate, messageLimiter }: ApiDeps): void {
  const parties = [authenticate, requireRole('startup', 'advisor')];
  // Per user, checked before any work: 429 with Retry-After. Shared by all instances when the cache is Redis.
  const limitSending = rateLimit({
    limiter: messageLimiter,
    key: (_req, res) => actorOf(res).sub,
    code: 'MESSAGE.RATE_LIMITED',
  });

  router.get('/v1/threads', authenticate, async (req, res) => {
    const query = parseWith(threadListQuery, req.query, 'query');
    const page = await listThreads(ctx, actorOf(res), { after: afterOf(query.cursor), limit: query.limit });
    const nextCursor = page.next === null ? null : encodeCursor({ after: page.next });
    res.json({ items: page.items.map(presentThread), nextCursor });
  });

  router.get('/v1/threads/:id', authenticate, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    res.json(presentThread(await getThread(ctx, actorOf(res), id)));
  });

  router.get('/v1/threads/:id/messages', authenticate, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const query = parseWith(messageListQuery, req.query, 'query');
    const page = await listMessages(ctx, {
      actor: actorOf(res),
      threadId: id,
      beforeSeq: beforeSeqOf(query.cursor),
      limit: query.limit,
    });
    res.json({
      items: page.messages.map((m) => presentMessage(m, page.participants)),
      nextCursor: page.nextBeforeSeq === null ? null : encodeCursor({ beforeSeq: page.nextBeforeSeq }),
    });
  });

  router.post('/v1/threads/:id/messages', ...parties, limitSending, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const { body } = parseWith(messageBody, req.body, 'body');
    const message = await sendMessage(ctx, { actor: actorOf(res), threadId: id, body });
    const { participants } = await getThread(ctx, actorOf(res), id);
    res.status(201).json(presentMessage(message, participants));
  });

  router.post('/v1/threads/:id/read', ...parties, async (req, res) => {
    const { id } = parseWith(idParams, req.params, 'params');
    const { upToSeq } = parseWith(readMarkerBody, req.body, 'body');
    res.json(await markThreadRead(ctx, { actor: actorOf(res), threadId: id, upToSeq }));
  });
}
