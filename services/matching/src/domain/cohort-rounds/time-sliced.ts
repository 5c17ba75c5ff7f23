import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CohortProgress } from '../assignment';
import { RoundCancelled, type SolveHooks } from './round-solver.port';

/** How long one slice may hold the event loop before other requests get their turn. */
const SLICE_MS = 15;

/**
 * Runs a step-yielding computation on this thread in slices of about `SLICE_MS`, letting the event
 * loop serve other requests between slices; checks the signal and reports progress at each slice.
 */
export async function runSliced<T>(steps: Generator<CohortProgress, T>, hooks: SolveHooks): Promise<T> {
  for (;;) {
    if (hooks.signal.aborted) throw new RoundCancelled();
    const until = performance.now() + SLICE_MS;
    let step = steps.next();
    while (step.done !== true && performance.now() < until) step = steps.next();
    if (step.done === true) return step.value;
    hooks.onProgress(step.value);
    await nextTurn();
  }
}
