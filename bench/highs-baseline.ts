// An independent exact baseline for cohort rounds: the round's LP handed to HiGHS (npm `highs`,
// WebAssembly). The assignment LP's matrix is totally unimodular, so its simplex optimum is integral.
import loadHighs from 'highs';
import { performance } from 'node:perf_hooks';
import type { CohortGraph } from '../services/matching/src/domain/assignment';

export interface HighsRun {
  readonly seconds: number;
  /** The optimum total in points, or null when HiGHS did not report an optimum. */
  readonly total: number | null;
  readonly status: string;
}

/**
 * `max-total` over every eligible pair: one column per pair, a row per startup (at most one advisor)
 * and per advisor (at most its places). Timed from the model's arrays to HiGHS's answer.
 */
export async function solveWithHighs(graph: CohortGraph): Promise<HighsRun> {
  const highs = await loadHighs();
  const start = performance.now();
  const rows = graph.startupIds.length;
  const columns = graph.advisorIds.length;
  let pairs = 0;
  for (const score of graph.scores) if (score > 0) pairs++;
  const colCost = new Float64Array(pairs);
  const indices = new Int32Array(2 * pairs);
  const starts = new Int32Array(pairs + 1);
  let k = 0;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) {
      const score = graph.scores[i * columns + j]!;
      if (score === 0 || graph.capacity[j] === 0) continue;
      colCost[k] = score;
      indices[2 * k] = i;
      indices[2 * k + 1] = rows + j;
      starts[k + 1] = 2 * (k + 1);
      k++;
    }
  const numCols = k;
  const result = highs.withModel(
    {
      numCols,
      numRows: rows + columns,
      sense: highs.constants.objectiveSense.maximize,
      colCost: colCost.subarray(0, numCols),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(1),
      rowLower: new Float64Array(rows + columns),
      rowUpper: Float64Array.from({ length: rows + columns }, (_, r) =>
        r < rows ? 1 : graph.capacity[r - rows]!,
      ),
      matrix: {
        format: 'csc',
        numRows: rows + columns,
        numCols,
        starts: starts.subarray(0, numCols + 1),
        indices: indices.subarray(0, 2 * numCols),
        values: new Float64Array(2 * numCols).fill(1),
      },
    },
    (model) => {
      model.options.set({ output_flag: false, solver: 'simplex' });
      model.run();
      const status = model.getModelStatus();
      return { status, objective: model.getObjectiveValue() };
    },
  );
  const optimal = result.status === highs.constants.modelStatus.optimal;
  return {
    seconds: (performance.now() - start) / 1000,
    total: optimal ? Math.round(result.objective) / 100 : null,
    status: String(result.status),
  };
}
