import { z } from 'zod';

export const ROLES = ['startup', 'advisor', 'council'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Who made the request, as proven by a verified access token. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
  /**
   * False while the account's email address is unverified (claim `email_verified`): such a
   * person may sign in but not request or accept introductions. Absent in tokens that predate
   * the claim, which count as verified.
   */
  readonly emailVerified?: boolean;
  /** The login session (claim `sid`), so "sign out my other sessions" knows which one to keep. */
  readonly sessionId?: string;
}

/** An unverified address blocks introductions; a token without the claim is treated as verified. */
export const emailUnverified = (principal: Principal): boolean => principal.emailVerified === false;
