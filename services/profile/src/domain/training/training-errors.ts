import { AppError, conflict, forbidden, notFound } from '@jisr/errors';

// Stable codes the web app and CLI branch on; their ar/tr/en texts are in training-problem-messages.ts.

export const sessionNotFound = (): AppError =>
  notFound('TRAINING.SESSION_NOT_FOUND', 'The programme has no such training session.');

export const phaseNotFound = (): AppError =>
  notFound('TRAINING.PHASE_NOT_FOUND', 'The programme has no such phase.');

export const notInProgramme = (): AppError =>
  forbidden(
    'TRAINING.NOT_IN_PROGRAMME',
    'Only startups placed in this programme may take part in its training.',
  );

export const sessionFull = (): AppError =>
  conflict('TRAINING.SESSION_FULL', 'Every seat of this session is taken.');

export const alreadyRegistered = (): AppError =>
  conflict('TRAINING.ALREADY_REGISTERED', 'You are already registered for this session.');

export const notRegistered = (): AppError =>
  conflict('TRAINING.NOT_REGISTERED', 'You are not registered for this session.');

export const sessionStarted = (): AppError =>
  conflict('TRAINING.SESSION_STARTED', 'This session has already started; registration is closed.');

export const invalidCheckInCode = (): AppError =>
  new AppError('TRAINING.CHECK_IN_CODE_INVALID', 'The check-in code is wrong or has expired.', {
    status: 422,
    errors: [{ path: 'body.code', code: 'invalid', message: 'is wrong or has expired' }],
  });

export const notRegisteredAttendees = (paths: readonly string[]): AppError =>
  new AppError(
    'TRAINING.ATTENDEE_NOT_REGISTERED',
    'Some of these startups are not registered for the session.',
    {
      status: 422,
      errors: paths.map((path) => ({
        path,
        code: 'not_registered',
        message: 'is not registered for this session',
      })),
    },
  );

export const certificateNotEarned = (missingSessionIds: readonly string[]): AppError =>
  new AppError(
    'CERTIFICATE.NOT_EARNED',
    'The certificate needs every required session of the phase attended.',
    {
      status: 409,
      errors: missingSessionIds.map((id) => ({
        path: `requiredSessions.${id}`,
        code: 'not_attended',
        message: 'is not attended yet',
      })),
    },
  );

export const certificateNotFound = (): AppError =>
  notFound('CERTIFICATE.NOT_FOUND', 'No certificate has this verification code.');

export const phaseWithoutTraining = (): AppError =>
  conflict('CERTIFICATE.NO_TRAINING', 'This phase has no training sessions, so it has no certificate.');
