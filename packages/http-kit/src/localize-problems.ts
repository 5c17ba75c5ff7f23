import type { LocalizedText } from '@jisr/contracts';
import { AppError, isAppError } from '@jisr/errors';
import type { ErrorRequestHandler } from 'express';
import { chooseLocale } from './accept-language';

/** A service's error catalogue: the problem `detail` of every code it raises, in ar, tr and en. */
export type ErrorCatalogue = Readonly<Record<string, LocalizedText>>;

/**
 * Puts the caller's language (Accept-Language) into the detail of a service's errors before the
 * platform's problem handler writes them; codes and status are unchanged. Field issues whose code
 * is in `fieldMessages` (texts a service words itself, e.g. password feedback) are translated too.
 */
export const localizeProblems =
  (catalogue: ErrorCatalogue, fieldMessages: ErrorCatalogue = {}): ErrorRequestHandler =>
  (error: unknown, req, _res, next) => {
    const text = isAppError(error) ? catalogue[error.code] : undefined;
    if (!isAppError(error) || text === undefined) {
      next(error);
      return;
    }
    const locale = chooseLocale(req);
    next(
      new AppError(error.code, text[locale], {
        status: error.status,
        cause: error.cause,
        errors: error.errors.map((issue) => {
          const field = fieldMessages[issue.code];
          return field === undefined ? issue : { ...issue, message: field[locale] };
        }),
      }),
    );
  };
