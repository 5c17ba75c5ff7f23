import { principalOf, type Principal, type Role } from '@jisr/auth';
import { forbidden } from '@jisr/errors';
import type { Response } from 'express';

/**
 * Object-level check: the principal must be the account the path names (with `role`), or the
 * council. Anyone else gets 403, whatever the id.
 */
export const requireSelfOrCouncil = (res: Response, role: Role, accountId: string): Principal => {
  const principal = principalOf(res);
  if (principal.role === 'council' || (principal.role === role && principal.sub === accountId))
    return principal;
  throw forbidden('MATCHING.FORBIDDEN', 'You can only see your own matches and requests.');
};

/** The request's correlation id (set by the HTTP kit), carried into the events it causes. */
export const correlationOf = (res: Response): string | undefined =>
  typeof res.locals.correlationId === 'string' ? res.locals.correlationId : undefined;
