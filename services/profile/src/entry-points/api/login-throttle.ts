import { rateLimit } from '@jisr/http-kit';
import type { Request, RequestHandler } from 'express';
import { emailKeyOf } from '../../domain/accounts/account';
import type { ApiDeps } from './api-deps';

const CODE = 'AUTH.TOO_MANY_ATTEMPTS';

const emailOf = (req: Request): string => {
  const body: unknown = req.body;
  const email = typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined;
  return typeof email === 'string' ? emailKeyOf(email).slice(0, 254) : '(none)';
};

/**
 * Counts every login attempt per client IP and per account (the email as typed, normalised) in the
 * shared cache, so guessing is slowed across instances. Over either limit the answer is 429 with
 * `Retry-After`, before any password work, and says nothing about which part was wrong. With the
 * cache down, logins are refused (503) rather than left unlimited.
 */
export const loginThrottle = (deps: ApiDeps): RequestHandler[] => [
  rateLimit({
    // The limiters exist only once the service has started, so each request looks them up.
    limiter: { consume: (key) => deps.loginLimits().perIp.consume(key) },
    key: (req) => `ip:${req.ip ?? 'unknown'}`,
    code: CODE,
    whenCacheDown: 'refuse',
  }),
  rateLimit({
    limiter: { consume: (key) => deps.loginLimits().perAccount.consume(key) },
    key: (req) => `account:${emailOf(req)}`,
    code: CODE,
    whenCacheDown: 'refuse',
  }),
];
