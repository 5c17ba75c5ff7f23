import { isAppError } from '@jisr/errors';
import { solveOnFullGraph, type CohortProgress } from '../assignment';
import type { MatchingStore } from '../matching-store.port';
import type { Matcher } from '../recommendations/matcher.port';
import type { CohortRound } from './cohort-round';
import { previewRound, type PreviewInput } from './preview-round';
import type { RoundInputs } from './round-inputs';
import type { RoundRun } from './round-run';
import { RoundCancelled, type RoundSolver, type SolveHooks } from './round-solver.port';
import { runSliced } from './time-sliced';

export interface RoundJob {
  readonly input: PreviewInput;
  readonly inputs: RoundInputs;
  readonly run: RoundRun;
}

export interface RoundJobDeps {
  readonly store: MatchingStore;
  readonly matcher: Matcher;
  readonly solver: RoundSolver;
  /** Rounds with fewer cells (startups × advisors) are solved on this thread, sliced: no thread to start. */
  readonly inlineCells: number;
}

export type JobEnd =
  | { readonly state: 'ready'; readonly round: CohortRound }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly failure: NonNullable<RoundRun['failure']>; readonly error: unknown };

/**
 * Runs one round: scores the full graph on this thread in slices (the index lives here), then solves
 * it in a worker thread (small rounds in slices here too), explains and stores the round. Never
 * throws: the end says how it went.
 */
export async function runRoundJob(
  { store, matcher, solver, inlineCells }: RoundJobDeps,
  job: RoundJob,
  hooks: SolveHooks & { onProgress(step: CohortProgress): void },
): Promise<JobEnd> {
  try {
    const request = {
      startupIds: job.inputs.startupIds,
      objective: job.input.objective,
      pinned: job.input.pinned,
      forbidden: job.inputs.forbidden,
    };
    const prepared = await runSliced(matcher.scoreCohort(request), hooks);
    const cells = prepared.input.rows.length * prepared.input.places.length;
    const optimum =
      cells < inlineCells
        ? await runSliced(solveOnFullGraph(prepared.input), hooks)
        : await solver.solve(prepared.input, hooks);
    if (hooks.signal.aborted) return { state: 'cancelled' };
    const assignment = matcher.explainCohort(prepared, optimum);
    const round = previewRound(job.input, job.inputs, assignment, {
      id: job.run.id,
      createdAt: job.run.createdAt,
    });
    return { state: 'ready', round: await store.rounds.save(round) };
  } catch (error) {
    if (error instanceof RoundCancelled) return { state: 'cancelled' };
    const failure = isAppError(error)
      ? { code: error.code, message: error.message, errors: error.errors }
      : { code: 'MATCHING.ROUND_FAILED', message: 'The round could not be solved.' };
    return { state: 'failed', failure, error };
  }
}
