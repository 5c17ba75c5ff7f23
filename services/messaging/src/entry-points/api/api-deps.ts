import type { Response } from 'express';
import { principalOf, type Actor } from '@jisr/auth';
import type { RateLimiter } from '@jisr/cache';
import type { MessagingContext } from '../../domain/messaging-context';
import type { LiveNotifications } from '../../domain/notification/live-notifications.port';

/** What the routers need: the use cases' context, live delivery and the send limiter. */
export interface ApiDeps {
  readonly ctx: MessagingContext;
  readonly live: LiveNotifications;
  readonly messageLimiter: RateLimiter;
  readonly streams: OpenStreams;
  readonly heartbeatMs: number;
}

/** Open SSE responses, so `stop()` can end them instead of waiting for clients to leave. */
export type OpenStreams = Set<() => void>;

export const actorOf = (res: Response): Actor => principalOf(res);
