import type { RateLimiter } from '@jisr/cache';
import type { ProfileContext } from '../../domain/profile-context';

/** What the routers need, resolved per request because adapters open only when the service starts. */
export interface ApiDeps {
  readonly context: () => ProfileContext;
  readonly loginLimits: () => { readonly perAccount: RateLimiter; readonly perIp: RateLimiter };
}
