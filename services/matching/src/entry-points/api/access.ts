import { principalOf, type Principal } from '@jisr/auth';
import { notFound, visibleOrMissing, type AppError } from '@jisr/errors';
import type { Response } from 'express';

/** What a startup's or an advisor's matches and requests answer when there is none to show. */
export const notMatchable = {
  startup: (): AppError =>
    notFound('MATCHING.STARTUP_NOT_MATCHABLE', 'No verified, active startup profile with this id yet.'),
  advisor: (): AppError =>
    notFound('MATCHING.ADVISOR_NOT_MATCHABLE', 'No verified, active advisor profile with this id.'),
} as const;

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
