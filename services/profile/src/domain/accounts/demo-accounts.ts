import type { ProfileSettings } from '../profile-context';

// RFC 2606 reserves `.example`: no person can own a mailbox there, so only the demo data set uses it.
const RESERVED_DEMO_DOMAIN = /\.example$/i;

/**
 * The scrypt cost for a new account's password. DEMO ONLY: when `demoAccountCost` is configured
 * (the embedded runner does, to load the demo data set in seconds), accounts under the reserved
 * `.example` domain are hashed at that lower cost (never higher than `passwordCost`); every other
 * account always gets `passwordCost`.
 */
export function passwordCostFor(settings: ProfileSettings, email: string): number {
  const domain = email.trim().split('@').at(-1) ?? '';
  return settings.demoAccountCost !== undefined && RESERVED_DEMO_DOMAIN.test(domain)
    ? Math.min(settings.demoAccountCost, settings.passwordCost)
    : settings.passwordCost;
}
