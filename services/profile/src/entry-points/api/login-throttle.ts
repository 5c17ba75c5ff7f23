import { AppError } from '@jisr/errors';
import type { RequestHandler } from 'express';
import { emailKeyOf } from '../../domain/accounts/account';
import type { ApiDeps } from './api-deps';

const tooManyAttempts = (retryAfterSeconds: number): AppError =>
  new AppError('AUTH.TOO_MANY_ATTEMPTS', 'Too many login attempts; try again later.', {
    status: 429,
    errors: [{ path: 'retryAfterSeconds', code: 'rate_limited', message: String(retryAfterSeconds) }],
  });

/**
 * Counts every login attempt per client IP and per account (the email as typed, normalised) in the
 * shared cache, so guessing is slowed across instances. Over either limit the answer is 429 with
 * `Retry-After`, before any password work, and it says nothing about which part was wrong.
 */
export const loginThrottle =
  (deps: ApiDeps): RequestHandler =>
  async (req, res, next) => {
    const { perAccount, perIp } = deps.loginLimits();
    const body: unknown = req.body;
    const email = typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined;
    const decisions = await Promise.all([
      perIp.consume(`login:ip:${req.ip ?? 'unknown'}`),
      typeof email === 'string'
        ? perAccount.consume(`login:account:${emailKeyOf(email).slice(0, 254)}`)
        : null,
    ]);
    const refused = decisions.filter((decision) => decision !== null && !decision.allowed);
    if (refused.length === 0) {
      next();
      return;
    }
    const retryAfter = Math.max(...refused.map((decision) => decision?.retryAfterSeconds ?? 1));
    res.setHeader('Retry-After', String(retryAfter));
    next(tooManyAttempts(retryAfter));
  };
