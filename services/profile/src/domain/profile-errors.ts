import { AppError, conflict, forbidden, notFound, unauthorized } from '@jisr/errors';

// Stable codes clients may branch on. Messages are English; clients localise by code.

/** One answer for an unknown email and a wrong password, so a caller cannot tell which was wrong. */
export const invalidCredentials = (): AppError =>
  unauthorized('AUTH.INVALID_CREDENTIALS', 'The email or password is wrong.');

export const accountDeactivated = (): AppError =>
  forbidden('AUTH.ACCOUNT_DEACTIVATED', 'This account has been deactivated by the council.');

export const invalidRefreshToken = (): AppError =>
  unauthorized('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is not valid; please log in again.');

export const refreshTokenReused = (): AppError =>
  unauthorized(
    'AUTH.REFRESH_TOKEN_REUSED',
    'This refresh token was already used; every session of its family has been signed out.',
  );

export const emailTaken = (): AppError =>
  conflict('ACCOUNT.EMAIL_TAKEN', 'An account with this email already exists.');

/** One answer for an unknown, used, expired or other-purpose link, so a token cannot be probed. */
export const invalidEmailToken = (): AppError =>
  new AppError('ACCOUNT.INVALID_EMAIL_TOKEN', 'This link is not valid any more; ask for a new one.', {
    status: 400,
    errors: [{ path: 'body.token', code: 'invalid', message: 'is unknown, used or expired' }],
  });

export const wrongCurrentPassword = (): AppError =>
  new AppError('ACCOUNT.WRONG_PASSWORD', 'The current password is wrong.', {
    status: 400,
    errors: [{ path: 'body.currentPassword', code: 'invalid', message: 'is not your current password' }],
  });

export const accountErased = (): AppError =>
  conflict('ACCOUNT.ERASED', 'This account was erased; it cannot come back.');

export const accountNotFound = (): AppError => notFound('ACCOUNT.NOT_FOUND', 'No such account.');

/**
 * The caller's role or staff roles may not do this, whatever the object. Someone else's object is
 * not refused here: it answers as a missing one (`visibleOrMissing` with its not-found error).
 */
export const notForYourRole = (): AppError => forbidden('PROFILE.FORBIDDEN', 'Your account may not do this.');

export const profileNotFound = (): AppError => notFound('PROFILE.NOT_FOUND', 'No such profile.');

export const wrongRoleForProfile = (kind: string): AppError =>
  forbidden('PROFILE.WRONG_ROLE', `Only a ${kind} account can hold a ${kind} profile.`);

export const rejectionNeedsReason = (): AppError =>
  new AppError('VERIFICATION.REASON_REQUIRED', 'A rejection needs a reason.', {
    status: 400,
    errors: [{ path: 'body.reason', code: 'required', message: 'is required when rejecting' }],
  });

export const programmeNotFound = (): AppError => notFound('PROGRAMME.NOT_FOUND', 'No such programme.');

export const centreNotFound = (): AppError =>
  notFound('CENTRE.NOT_FOUND', 'No such business development centre.');

export const noticeNotFound = (): AppError => notFound('NOTICE.NOT_FOUND', 'No such notice.');

/** A placement or session names something that does not exist. */
export const unknownReference = (path: string, message: string): AppError =>
  new AppError('REQUEST.UNKNOWN_REFERENCE', message, {
    status: 422,
    errors: [{ path, code: 'unknown_reference', message }],
  });

export const invalidField = (path: string, message: string): AppError =>
  new AppError('REQUEST.INVALID', 'The request is not valid.', {
    status: 400,
    errors: [{ path, code: 'invalid', message }],
  });
