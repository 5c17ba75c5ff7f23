import type { RateLimiter } from '@jisr/cache';
import { AppError, isAppError } from '@jisr/errors';
import type { Request, RequestHandler, Response } from 'express';
import { kitMessage } from './kit-messages';

export interface RateLimitMiddlewareOptions {
  readonly limiter: RateLimiter;
  /** Whose budget a request spends: an IP, an account id, an email being logged into. */
  readonly key: (req: Request, res: Response) => string;
  /** The problem `code` of a refusal; `REQUEST.RATE_LIMITED` (with translated text) by default. */
  readonly code?: string;
  /**
   * When the cache is unavailable: let requests through (default; a limiter must not take the API
   * down with Redis) or refuse with 503 (for guards such as login where letting floods in is worse).
   */
  readonly whenCacheDown?: 'allow' | 'refuse';
}

/** Answers 429 problem+json with `Retry-After` once `key` has spent its budget for the window. */
export function rateLimit({
  limiter,
  key,
  code = 'REQUEST.RATE_LIMITED',
  whenCacheDown = 'allow',
}: RateLimitMiddlewareOptions): RequestHandler {
  return (req, res, next) => {
    limiter.consume(key(req, res)).then(
      (decision) => {
        if (decision.allowed) {
          next();
          return;
        }
        res.setHeader('Retry-After', String(decision.retryAfterSeconds));
        next(new AppError(code, kitMessage('REQUEST.RATE_LIMITED', 'en') ?? code, { status: 429 }));
      },
      (error: unknown) => {
        if (whenCacheDown === 'allow' && isAppError(error) && error.code === 'CACHE.UNAVAILABLE') {
          req.log.warn({ err: error }, 'rate limit not applied: cache unavailable');
          next();
          return;
        }
        next(error);
      },
    );
  };
}
