import { principalOf, type Principal } from '@jisr/auth';
import { visibleOrMissing } from '@jisr/errors';
import type { Response } from 'express';
import { notMatchable } from '../../domain/recommendations/not-matchable';

/**
 * Object-level check: the principal must be the account the path names (with `kind`), or the
 * council. Anyone else is told it does not exist, as for an unknown id.
 */
export const requireSelfOrCouncil = (
  res: Response,
  kind: 'startup' | 'advisor',
  accountId: string,
): Principal => {
  const principal = principalOf(res);
  visibleOrMissing(
    principal.role === 'council' || (principal.role === kind && principal.sub === accountId),
    notMatchable[kind],
  );
  return principal;
};

/** The request's correlation id (set by the HTTP kit), carried into the events it causes. */
export const correlationOf = (res: Response): string | undefined =>
  typeof res.locals.correlationId === 'string' ? res.locals.correlationId : undefined;
