import { AppError, forbidden } from '@jisr/errors';
import type { RequestHandler, Response } from 'express';
import { invalidToken } from './auth-errors';
import { mayAct, type AccessRole, type Principal } from './roles';
import type { TokenVerifier } from './token-verifier';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/** Verifies `Authorization: Bearer …` and puts the principal in `res.locals.principal`; 401 otherwise. */
export function authenticate(verifier: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
    const verified =
      token === undefined
        ? Promise.reject(invalidToken('A bearer access token is required.'))
        : verifier.verify(token);
    verified.then(
      (principal) => {
        res.locals.principal = principal;
        next();
      },
      (error: unknown) => {
        // RFC 6750: tell the client which scheme to use and that the token it sent is unusable.
        if (error instanceof AppError && error.status === 401) {
          res.setHeader('WWW-Authenticate', token === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
        }
        next(error);
      },
    );
  };
}

/**
 * Lets the request through only when the authenticated principal holds one of `roles` (a startup or
 * advisor by account kind, staff by staff role); 403 otherwise.
 */
export function requireRole(...roles: readonly AccessRole[]): RequestHandler {
  return (_req, res, next) => {
    if (!mayAct(principalOf(res), roles)) {
      next(forbidden('AUTH.FORBIDDEN', `This action is for: ${roles.join(', ')}.`));
      return;
    }
    next();
  };
}

/** The principal `authenticate` stored; a route mounted without it answers 401 rather than running unauthenticated. */
export function principalOf(res: Response): Principal {
  const principal: unknown = res.locals.principal;
  if (typeof principal !== 'object' || principal === null)
    throw invalidToken('A bearer access token is required.');
  return principal as Principal;
}
