import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FullGraphInput, FullGraphOptimum } from '../domain/assignment';
import { RoundCancelled, type RoundSolver } from '../domain/cohort-rounds/round-solver.port';
import type { SolveJob, SolverMessage } from './round-solver-protocol';

/**
 * A new worker thread per solve. Built code runs the compiled entry; from TypeScript sources (tests,
 * benchmarks) the thread registers tsx first, as a worker cannot start from a `.ts` file itself.
 */
const spawn = (job: SolveJob): Worker => {
  const entry = join(__dirname, `round-solver.worker${extname(__filename)}`);
  if (extname(__filename) !== '.ts') return new Worker(entry, { workerData: job });
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, workerData: job });
};

/**
 * Solves rounds in worker threads, so the event loop keeps serving requests while a programme-scale
 * round runs. Cancelling sets a shared flag the solver checks between its steps; it then stops and
 * says so, and the promise rejects with `RoundCancelled`.
 */
export const createWorkerRoundSolver = (): RoundSolver => ({
  solve: (input: FullGraphInput, { signal, onProgress }): Promise<FullGraphOptimum> => {
    if (signal.aborted) return Promise.reject(new RoundCancelled());
    const stop = new SharedArrayBuffer(4);
    const { scores, rows, places, matchBonus } = input;
    const worker = spawn({
      scores,
      rows,
      places,
      matchBonus,
      forbidden: Int32Array.from(input.forbidden),
      stop,
    });
    const askToStop = (): void => {
      Atomics.store(new Int32Array(stop), 0, 1);
    };
    signal.addEventListener('abort', askToStop, { once: true });
    return new Promise<FullGraphOptimum>((resolve, reject) => {
      worker.on('message', (message: SolverMessage) => {
        if (message.type === 'progress') return onProgress(message.progress);
        if (message.type === 'done') resolve(message);
        else if (message.type === 'cancelled') reject(new RoundCancelled());
        else reject(new Error(`The round's solver failed: ${message.message}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The round's solver stopped (exit code ${code}).`)));
    }).finally(() => {
      signal.removeEventListener('abort', askToStop);
      void worker.terminate();
    });
  },
});
