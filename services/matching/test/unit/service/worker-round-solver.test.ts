import { createWorkerRoundSolver } from '../../../src/data-access/worker-round-solver';
import {
  checkCertificate,
  finishCohort,
  prepareCohort,
  runToEnd,
  solveOnFullGraph,
  type CohortGraph,
  type CohortProgress,
} from '../../../src/domain/assignment';
import { RoundCancelled } from '../../../src/domain/cohort-rounds/round-solver.port';

/** A random round of `rows` startups × `columns` advisors (4 places each), about 70 % of pairs eligible. */
function aRandomGraph(rows: number, columns: number, seed: number): CohortGraph {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const scores = new Uint16Array(new SharedArrayBuffer(rows * columns * 2));
  for (let k = 0; k < scores.length; k++) scores[k] = next() < 0.7 ? 4_000 + Math.floor(next() * 6_000) : 0;
  return {
    startupIds: Array.from({ length: rows }, (_, i) => `s${String(i).padStart(5, '0')}`),
    advisorIds: Array.from({ length: columns }, (_, j) => `a${String(j).padStart(5, '0')}`),
    capacity: new Int32Array(columns).fill(4),
    scores,
  };
}

describe('a round solved in a worker thread', () => {
  test('when a round is solved in a worker, then it reports progress and finds the same optimum as this thread, with a holding certificate', async () => {
    const graph = aRandomGraph(1_200, 300, 7);
    const prepared = prepareCohort(graph, { objective: 'max-total' });
    const progress: CohortProgress[] = [];

    const optimum = await createWorkerRoundSolver().solve(prepared.input, {
      signal: new AbortController().signal,
      onProgress: (step) => progress.push(step),
    });

    const inThread = finishCohort(prepared, runToEnd(solveOnFullGraph(prepared.input)));
    const inWorker = finishCohort(prepared, optimum);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((step) => step.phase === 'solving' || step.phase === 'pricing')).toBe(true);
    expect(inWorker.total).toBe(inThread.total);
    expect(checkCertificate(graph, inWorker)).toMatchObject({ exact: true, failure: null });
  });

  test('when a solving round is cancelled at its first progress, then the solver stops and the solve rejects as cancelled', async () => {
    const graph = aRandomGraph(4_000, 1_000, 11);
    const prepared = prepareCohort(graph, { objective: 'max-matched-then-total' });
    const controller = new AbortController();
    const progress: CohortProgress[] = [];

    const solving = createWorkerRoundSolver().solve(prepared.input, {
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        controller.abort();
      },
    });

    await expect(solving).rejects.toBeInstanceOf(RoundCancelled);
    expect(progress.length).toBeGreaterThan(0);
    // It stopped where it was told to: it never reached the pricing of the last round.
    expect(progress.some((step) => step.phase === 'pricing')).toBe(false);
  });

  test('when a round is cancelled before its worker starts, then nothing is solved', async () => {
    const controller = new AbortController();
    controller.abort();
    const prepared = prepareCohort(aRandomGraph(10, 5, 3), { objective: 'max-total' });

    await expect(
      createWorkerRoundSolver().solve(prepared.input, {
        signal: controller.signal,
        onProgress: () => undefined,
      }),
    ).rejects.toBeInstanceOf(RoundCancelled);
  });
});
