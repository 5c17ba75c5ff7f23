import { STATUS_CODES } from 'node:http';
import { AppError, isAppError } from '@jisr/errors';
import type { ErrorRequestHandler, Request, Response } from 'express';
import { chooseLocale } from './accept-language';
import { kitError, kitMessage } from './kit-messages';

// body-parser marks its failures with `type`; each becomes a 4xx with a stable code.
const BODY_PARSER_ERRORS: Readonly<Record<string, { code: string; status: number }>> = {
  'entity.parse.failed': { code: 'REQUEST.MALFORMED_JSON', status: 400 },
  'entity.too.large': { code: 'REQUEST.TOO_LARGE', status: 413 },
  'charset.unsupported': { code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', status: 415 },
  'encoding.unsupported': { code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', status: 415 },
  'request.aborted': { code: 'REQUEST.ABORTED', status: 400 },
  'request.size.invalid': { code: 'REQUEST.UNREADABLE', status: 400 },
};

interface HttpErrorLike {
  readonly type?: unknown;
  readonly status?: unknown;
  readonly expose?: unknown;
  readonly message?: unknown;
}

/** Any thrown value as an AppError: ours pass through, express/body-parser 4xx are mapped, the rest are 500s. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const http: HttpErrorLike = typeof error === 'object' && error !== null ? error : {};
  const known = typeof http.type === 'string' ? BODY_PARSER_ERRORS[http.type] : undefined;
  if (known !== undefined) return kitError(known.code, { status: known.status, cause: error });
  // The router fails to decode a path parameter that is not valid percent-encoding (`/v1/x/%FF`) with
  // a URIError marked 400 but not `expose`: bad input from anyone, never a server fault.
  if (error instanceof URIError && http.status === 400) {
    return kitError('REQUEST.MALFORMED_PATH', { status: 400, cause: error });
  }
  if (typeof http.status === 'number' && http.status >= 400 && http.status < 500 && http.expose === true) {
    return new AppError('REQUEST.INVALID', String(http.message), { status: http.status, cause: error });
  }
  return kitError('INTERNAL.UNEXPECTED', { status: 500, cause: error });
}

/** Writes `error` as RFC 9457 problem+json; `extra` adds extension members (e.g. readiness checks). */
export function sendProblem(
  req: Request,
  res: Response,
  error: AppError,
  extra: Record<string, unknown> = {},
): void {
  const detail = kitMessage(error.code, chooseLocale(req)) ?? error.message;
  res
    .status(error.status)
    .type('application/problem+json')
    .json({
      type: 'about:blank',
      title: STATUS_CODES[error.status] ?? 'Error',
      status: error.status,
      detail,
      code: error.code,
      correlationId: String(res.locals.correlationId ?? req.id),
      errors: error.errors,
      ...extra,
    });
}

/** The one error middleware: every failure leaves as problem+json, never with a stack trace. */
export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  const appError = toAppError(error);
  // The request log writes the response line with `res.err`; only server faults deserve the error and its stack.
  if (appError.status >= 500) res.err = appError.cause instanceof Error ? appError.cause : appError;
  if (res.headersSent) {
    next(error);
    return;
  }
  sendProblem(req, res, appError);
};
