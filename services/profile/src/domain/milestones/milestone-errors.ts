import { AppError, conflict, notFound } from '@jisr/errors';

// Stable codes of milestones; the texts in every language are in progress-messages.ts.

export const milestoneNotFound = (): AppError =>
  notFound('MILESTONE.NOT_FOUND', "No such milestone in the startup's programme.");

export const phaseNotFound = (): AppError =>
  notFound('MILESTONE.PHASE_NOT_FOUND', 'The programme has no such phase.');

export const notInProgramme = (): AppError =>
  conflict('PROGRESS.NO_PROGRAMME', 'The startup is not placed in a programme yet.');

export const alreadyConfirmed = (): AppError =>
  conflict('MILESTONE.ALREADY_CONFIRMED', 'This milestone was already confirmed.');

export const notAwaitingDecision = (): AppError =>
  conflict('MILESTONE.NOT_AWAITING', 'This milestone is not waiting for a confirmation.');

export const milestoneIdTaken = (path: string): AppError =>
  new AppError('MILESTONE.ID_TAKEN', 'Another phase of this programme already uses this milestone id.', {
    status: 409,
    errors: [{ path, code: 'milestone.id-taken', message: 'is used by another phase' }],
  });
