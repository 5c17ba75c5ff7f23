import { rateLimit } from '@jisr/http-kit';
import type { Request, RequestHandler } from 'express';
import { emailKeyOf } from '../../domain/accounts/account';
import { recordSignInThrottled } from '../../domain/audit/security-events.use-case';
import type { ApiDeps, EmailLimits } from './api-deps';

const emailOf = (req: Request): string => {
  const body: unknown = req.body;
  const email = typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined;
  return typeof email === 'string' ? emailKeyOf(email).slice(0, 254) : '(none)';
};

/**
 * Counts every attempt per client IP and per email (as typed, normalised) in the shared cache, so
 * floods are slowed across instances. Over either limit the answer is 429 with `Retry-After`,
 * before any password work, and says nothing about which part was wrong. With the cache down,
 * attempts are refused (503) rather than left unlimited.
 */
const throttle = (
  limits: () => EmailLimits,
  code: string,
  onEmailRefused: (emailKey: string) => Promise<void> = async () => undefined,
): RequestHandler[] => [
  rateLimit({
    // The limiters exist only once the service has started, so each request looks them up.
    limiter: { consume: (key) => limits().perIp.consume(key) },
    key: (req) => `ip:${req.ip ?? 'unknown'}`,
    code,
    whenCacheDown: 'refuse',
  }),
  rateLimit({
    limiter: {
      consume: async (key) => {
        const decision = await limits().perEmail.consume(`email:${key}`);
        if (!decision.allowed) await onEmailRefused(key);
        return decision;
      },
    },
    key: (req) => emailOf(req),
    code,
    whenCacheDown: 'refuse',
  }),
];

export const loginThrottle = (deps: ApiDeps): RequestHandler[] =>
  throttle(
    () => deps.limits().login,
    'AUTH.TOO_MANY_ATTEMPTS',
    // Sign-in failures over the limit are a security event for the audit log.
    (emailKey) => recordSignInThrottled(deps.context(), emailKey),
  );

export const registrationThrottle = (deps: ApiDeps): RequestHandler[] =>
  throttle(() => deps.limits().registration, 'ACCOUNT.TOO_MANY_REGISTRATIONS');
