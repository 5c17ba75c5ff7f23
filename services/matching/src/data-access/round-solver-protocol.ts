import type { CohortProgress } from '../domain/assignment';

/** What the solver thread is given: the round's typed arrays (scores in shared memory) and a stop flag. */
export interface SolveJob {
  readonly scores: Uint16Array;
  readonly rows: Int32Array;
  readonly places: Int32Array;
  readonly matchBonus: number;
  readonly forbidden: Int32Array;
  /** One Int32: set to 1 to ask the solver to stop at its next check. */
  readonly stop: SharedArrayBuffer;
}

/** What the solver thread answers, in order: progress now and then, then exactly one of the others. */
export type SolverMessage =
  | { readonly type: 'progress'; readonly progress: CohortProgress }
  | {
      readonly type: 'done';
      readonly columnOf: Int32Array;
      readonly rowDual: Float64Array;
      readonly columnDual: Float64Array;
      readonly pricedPairs: number;
      readonly candidatePairs: number;
      readonly rounds: number;
    }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };
