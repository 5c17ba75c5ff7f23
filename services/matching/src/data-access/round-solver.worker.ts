// The solver thread: runs one round's full-graph solve, checking the stop flag between solver steps.
import { parentPort, workerData } from 'node:worker_threads';
import { solveOnFullGraph } from '../domain/assignment/column-generation';
import type { SolveJob, SolverMessage } from './round-solver-protocol';

/** At most this often a progress message, so the main thread is not flooded. */
const PROGRESS_EVERY_MS = 100;

const post = (message: SolverMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);

const job = workerData as SolveJob;
const stop = new Int32Array(job.stop);
try {
  const steps = solveOnFullGraph({
    scores: job.scores,
    rows: job.rows,
    places: job.places,
    matchBonus: job.matchBonus,
    forbidden: new Set(job.forbidden),
  });
  let reported = 0;
  for (;;) {
    if (Atomics.load(stop, 0) !== 0) {
      post({ type: 'cancelled' });
      break;
    }
    const step = steps.next();
    if (step.done === true) {
      const { columnOf, rowDual, columnDual, pricedPairs, candidatePairs, rounds } = step.value;
      post({ type: 'done', columnOf, rowDual, columnDual, pricedPairs, candidatePairs, rounds });
      break;
    }
    const now = Date.now();
    if (now - reported >= PROGRESS_EVERY_MS) {
      reported = now;
      post({ type: 'progress', progress: step.value });
    }
  }
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
