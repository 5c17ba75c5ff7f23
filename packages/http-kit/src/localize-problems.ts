import type { LocalizedText } from '@jisr/contracts';
import { AppError, isAppError } from '@jisr/errors';
import type { ErrorRequestHandler } from 'express';
import { chooseLocale } from './accept-language';

/** A service's error catalogue: the problem `detail` of every code it raises, in ar, tr and en. */
export type ErrorCatalogue = Readonly<Record<string, LocalizedText>>;

/**
 * Puts the caller's language (Accept-Language) into the detail of a service's errors before the
 * platform's problem handler writes them; codes, status and field errors are unchanged.
 */
export const localizeProblems =
  (catalogue: ErrorCatalogue): ErrorRequestHandler =>
  (error: unknown, req, _res, next) => {
    const text = isAppError(error) ? catalogue[error.code] : undefined;
    if (!isAppError(error) || text === undefined) {
      next(error);
      return;
    }
    next(
      new AppError(error.code, text[chooseLocale(req)], {
        status: error.status,
        cause: error.cause,
        errors: error.errors,
      }),
    );
  };
