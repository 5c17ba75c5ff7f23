/** One field-level problem, the shape of problem+json `errors[]` (mirrors zod issues). */
export interface FieldIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface AppErrorOptions {
  readonly status?: number;
  readonly cause?: unknown;
  readonly errors?: readonly FieldIssue[];
}

/**
 * The one application error: a stable `code` (e.g. `PROFILE.NOT_FOUND`), the HTTP `status` the
 * edge should answer with, and optional field-level issues. Domain code throws these and never
 * HTTP-specific errors; the HTTP kit turns them into RFC 9457 problem+json.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly errors: readonly FieldIssue[];

  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? 500;
    this.errors = options.errors ?? [];
  }
}

/** Storage refused a write: a unique index was violated or the expected version was stale. */
export class ConflictError extends AppError {
  readonly reason: 'duplicate' | 'stale-version';

  constructor(code: string, message: string, reason: 'duplicate' | 'stale-version', cause?: unknown) {
    super(code, message, { status: 409, cause });
    this.name = 'ConflictError';
    this.reason = reason;
  }
}

export const validationFailed = (
  errors: readonly FieldIssue[],
  message = 'The request is not valid.',
): AppError => new AppError('REQUEST.INVALID', message, { status: 400, errors });

export const notFound = (code: string, message: string): AppError =>
  new AppError(code, message, { status: 404 });

/** For refusals about the caller's ROLE; another user's object answers with {@link visibleOrMissing}. */
export const forbidden = (code: string, message: string): AppError =>
  new AppError(code, message, { status: 403 });

/**
 * One rule for another user's object: it answers exactly as a missing one (the same 404, code and
 * detail), so an outsider cannot tell "exists but not yours" from "does not exist" and ids are not
 * confirmed. `missing` is the object's own not-found error.
 */
export function visibleOrMissing(visible: boolean, missing: () => AppError): asserts visible {
  if (!visible) throw missing();
}

export const unauthorized = (code: string, message: string): AppError =>
  new AppError(code, message, { status: 401 });

export const conflict = (code: string, message: string): AppError =>
  new AppError(code, message, { status: 409 });

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
