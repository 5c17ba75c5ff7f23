import type { ProfileContext } from '../../domain/profile-context';
import type { RateLimiter } from '@jisr/cache';

/** A budget per client IP and one per email, each in the shared cache. */
export interface EmailLimits {
  readonly perIp: RateLimiter;
  readonly perEmail: RateLimiter;
}

/** What the routers need, resolved per request because adapters open only when the service starts. */
export interface ApiDeps {
  readonly context: () => ProfileContext;
  readonly limits: () => { readonly login: EmailLimits; readonly registration: EmailLimits };
}
