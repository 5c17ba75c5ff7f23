import { z } from 'zod';

export const ROLES = ['startup', 'advisor', 'council'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Who made the request, as proven by a verified access token. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
}
