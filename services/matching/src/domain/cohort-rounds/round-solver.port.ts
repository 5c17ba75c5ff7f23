import type { CohortProgress, FullGraphInput, FullGraphOptimum } from '../assignment';

export interface SolveHooks {
  /** Aborting it stops the solver at its next check (between steps of the solver loop). */
  readonly signal: AbortSignal;
  onProgress(progress: CohortProgress): void;
}

/** Thrown (rejected) when a solve stops because its signal was aborted. */
export class RoundCancelled extends Error {
  constructor() {
    super('The round was cancelled.');
    this.name = 'RoundCancelled';
  }
}

/** Solves a prepared round's full graph off the request path (a worker thread in production). */
export interface RoundSolver {
  solve(input: FullGraphInput, hooks: SolveHooks): Promise<FullGraphOptimum>;
}
