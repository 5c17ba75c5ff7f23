import type { RequestHandler, Response } from 'express';
import { principalOf } from '@jisr/auth';
import type { RateLimiter } from '@jisr/cache';
import type { Actor, MessagingContext } from '../../domain/messaging-context';
import type { LiveNotifications } from '../../domain/notification/live-notifications.port';

/** What the routers need: the use cases' context, authentication, live delivery and the send limiter. */
export interface ApiDeps {
  readonly ctx: MessagingContext;
  readonly authenticate: RequestHandler;
  readonly live: LiveNotifications;
  readonly messageLimiter: RateLimiter;
  readonly streams: OpenStreams;
  readonly heartbeatMs: number;
}

/** Open SSE responses, so `stop()` can end them instead of waiting for clients to leave. */
export type OpenStreams = Set<() => void>;

export const actorOf = (res: Response): Actor => principalOf(res);

/** The request's correlation id (set by http-kit), carried into the events it causes. */
export const correlationOf = (res: Response): { correlationId?: string } => {
  const id: unknown = res.locals.correlationId;
  return typeof id === 'string' ? { correlationId: id } : {};
};
