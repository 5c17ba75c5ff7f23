import type { PasswordHasher } from './accounts/password';
import type { Clock } from '@jisr/contracts';
import type { ProfileStore } from './profile-store.port';

/** The rules a deployment may tune; all come from config. */
export interface ProfileSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  /** log2 of scrypt's N. Production keeps the default; tests lower it because each hash costs N × 128 × r bytes of work. */
  readonly passwordCost: number;
  /** DEMO ONLY: a lower cost for accounts under the reserved `.example` domain (see passwordCostFor). */
  readonly demoAccountCost?: number;
  /** The web app's public address, for links in account mail. */
  readonly webUrl: string;
  /** How long a four-eyes request waits for a second member of staff. */
  readonly approvalTtlMs: number;
}

/** What every use case is given: storage, time and the service's rules. */
export interface ProfileContext {
  readonly store: ProfileStore;
  readonly clock: Clock;
  readonly settings: ProfileSettings;
  /** Password hashing, bounded so a registration flood cannot starve logins. */
  readonly passwords: PasswordHasher;
}

/** The request's correlation id travels into the events a use case writes. */
export interface Trace {
  readonly correlationId?: string;
}
