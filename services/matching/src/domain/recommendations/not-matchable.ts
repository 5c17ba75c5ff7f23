import { notFound, type AppError } from '@jisr/errors';

/** What a startup's or an advisor's matches answer when there is none to show (or none theirs to see). */
export const notMatchable = {
  startup: (): AppError =>
    notFound('MATCHING.STARTUP_NOT_MATCHABLE', 'No verified, active startup profile with this id yet.'),
  advisor: (): AppError =>
    notFound('MATCHING.ADVISOR_NOT_MATCHABLE', 'No verified, active advisor profile with this id.'),
} as const;
