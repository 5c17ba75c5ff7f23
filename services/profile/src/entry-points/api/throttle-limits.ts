import { createRateLimiter, type Cache } from '@jisr/cache';
import type { ProfileConfig } from '../../config';
import type { ApiDeps } from './api-deps';

/** The login and registration budgets, per IP and per email, counted in the shared cache. */
export function throttleLimits(cache: Cache, config: ProfileConfig): ReturnType<ApiDeps['limits']> {
  const limiter = (max: number, windowSeconds: number, prefix: string) =>
    createRateLimiter(cache, { max, windowSeconds, prefix });
  return {
    login: {
      perEmail: limiter(
        config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT,
        config.LOGIN_WINDOW_SECONDS,
        'profile:login-account:',
      ),
      perIp: limiter(config.LOGIN_MAX_ATTEMPTS_PER_IP, config.LOGIN_WINDOW_SECONDS, 'profile:login-ip:'),
    },
    registration: {
      perEmail: limiter(
        config.REGISTRATION_MAX_PER_EMAIL,
        config.REGISTRATION_WINDOW_SECONDS,
        'profile:registration-email:',
      ),
      perIp: limiter(
        config.REGISTRATION_MAX_PER_IP,
        config.REGISTRATION_WINDOW_SECONDS,
        'profile:registration-ip:',
      ),
    },
  };
}
