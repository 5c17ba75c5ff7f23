import { AppError } from '@jisr/errors';

export const invalidToken = (message: string, cause?: unknown): AppError =>
  new AppError('AUTH.INVALID_TOKEN', message, { status: 401, cause });

/** The JWKS could not be fetched: our fault, not the caller's, so 503 rather than 401. */
export const keysUnavailable = (cause: unknown): AppError =>
  new AppError('AUTH.KEYS_UNAVAILABLE', 'The token signing keys cannot be fetched right now.', {
    status: 503,
    cause,
  });
