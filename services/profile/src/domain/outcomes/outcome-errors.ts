import { AppError } from '@jisr/errors';
import type { OutcomeProblem } from './outcome';

/** A check-in whose fields contradict each other, or a quarter not yet begun; `errors[]` says where. */
export const invalidOutcome = (errors: readonly OutcomeProblem[]): AppError =>
  new AppError('OUTCOME.INVALID', 'The check-in is not valid.', { status: 400, errors });

export const futureQuarter = (): AppError =>
  invalidOutcome([{ path: 'params.quarter', code: 'outcome.future-quarter', message: 'has not begun yet' }]);
