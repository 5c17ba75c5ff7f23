import { solveOnFullGraph, type FullGraphOptimum } from './column-generation';
import type { FullGraphInput } from './full-graph-input';
import { forbiddenCells, graphFromCandidates, type CohortGraph } from './cohort-graph';
import { validatePins } from './cohort-pins';
import type {
  AssignedCohortPair,
  CohortAssignment,
  CohortObjective,
  CohortPair,
  CohortProblem,
  CohortProgress,
  UnassignedReason,
} from './assignment-types';

export interface CohortRequest {
  readonly objective: CohortObjective;
  readonly forbidden?: readonly CohortPair[] | undefined;
  /** Forced pairs; they use the advisor's places like any other pair. */
  readonly pinned?: readonly CohortPair[] | undefined;
}

/** A round ready for the full-graph solver: its pins placed and checked, the rest left to solve. */
export interface PreparedCohort {
  readonly graph: CohortGraph;
  readonly objective: CohortObjective;
  readonly input: FullGraphInput;
  readonly pinnedPairs: readonly AssignedCohortPair[];
}

/**
 * Places the pins (one 422 naming every bad pin) and sets up what the solver optimises: the
 * startups left, the places left, the forbidden cells, and for `max-matched-then-total` a bonus on
 * every pair above any possible total, so more matches always win and the total decides among equals.
 */
export function prepareCohort(graph: CohortGraph, request: CohortRequest): PreparedCohort {
  const { startupIds, advisorIds, scores } = graph;
  const columns = advisorIds.length;
  const column = new Map(advisorIds.map((id, j) => [id, j]));
  const row = new Map(startupIds.map((id, i) => [id, i]));
  const forbidden = forbiddenCells(graph, request.forbidden ?? []);
  const seats = new Map(advisorIds.map((id, j) => [id, graph.capacity[j] ?? 0]));
  const forbiddenKeys = new Set(
    [...forbidden].map(
      (cell) => `${startupIds[Math.floor(cell / columns)]}\u0000${advisorIds[cell % columns]}`,
    ),
  );
  const pins = validatePins(request.pinned ?? [], new Set(startupIds), seats, forbiddenKeys);
  const places = Int32Array.from(graph.capacity);
  const pinnedPairs: AssignedCohortPair[] = [];
  const pinnedRows = new Set<number>();
  for (const pin of pins) {
    const i = row.get(pin.startupId) ?? 0;
    const j = column.get(pin.advisorId) ?? 0;
    places[j] = (places[j] ?? 0) - 1;
    pinnedRows.add(i);
    pinnedPairs.push({ ...pin, score: (scores[i * columns + j] ?? 0) / 100, pinned: true });
  }
  const rows = Int32Array.from(startupIds.keys()).filter((i) => !pinnedRows.has(i));
  const matchBonus = request.objective === 'max-matched-then-total' ? 10_000 * rows.length + 1 : 0;
  return {
    graph,
    objective: request.objective,
    input: { scores, rows, places, matchBonus, forbidden },
    pinnedPairs,
  };
}

/** The assignment the solver's optimum describes, with why each startup left out is, and the certificate. */
export function finishCohort(prepared: PreparedCohort, optimum: FullGraphOptimum): CohortAssignment {
  const { graph, input } = prepared;
  const { startupIds, advisorIds, scores } = graph;
  const { rows, places, forbidden, matchBonus } = input;
  const columns = advisorIds.length;
  const pairs = [...prepared.pinnedPairs];
  rows.forEach((i, r) => {
    const j = optimum.columnOf[r] ?? -1;
    if (j < 0) return;
    const score = (scores[i * columns + j] ?? 0) / 100;
    pairs.push({ startupId: startupIds[i] ?? '', advisorId: advisorIds[j] ?? '', score, pinned: false });
  });
  pairs.sort((a, b) => (a.startupId < b.startupId ? -1 : a.startupId > b.startupId ? 1 : 0));
  const assigned = new Set(pairs.map((p) => p.startupId));
  const reasonFor = (i: number): UnassignedReason => {
    let reason: UnassignedReason = 'no-candidate';
    for (let j = 0; j < columns; j++) {
      if ((scores[i * columns + j] ?? 0) === 0 || (graph.capacity[j] ?? 0) === 0) continue;
      if (forbidden.has(i * columns + j)) continue;
      if ((places[j] ?? 0) > 0) return 'capacity-exhausted';
      reason = 'pinned-elsewhere';
    }
    if (reason === 'pinned-elsewhere') return reason;
    for (let j = 0; j < columns; j++)
      if ((scores[i * columns + j] ?? 0) > 0 && (graph.capacity[j] ?? 0) > 0)
        return 'all-candidates-forbidden';
    return 'no-candidate';
  };
  const totalHundredths = pairs.reduce((sum, p) => sum + Math.round(p.score * 100), 0);
  return {
    objective: prepared.objective,
    pairs,
    total: totalHundredths / 100,
    matched: pairs.length,
    unassigned: startupIds.flatMap((startupId, i) =>
      assigned.has(startupId) ? [] : [{ startupId, reason: reasonFor(i) }],
    ),
    certificate: {
      matchBonus,
      startupIds: Array.from(rows, (i) => startupIds[i] ?? ''),
      startupDuals: Array.from(optimum.rowDual),
      advisorIds: [...advisorIds],
      advisorPlaces: Array.from(places),
      advisorDuals: Array.from(optimum.columnDual),
      pricedPairs: optimum.pricedPairs,
      candidatePairs: optimum.candidatePairs,
      rounds: optimum.rounds,
    },
  };
}

/**
 * The exact optimum of a cohort round over every eligible pair of the graph, with its certificate:
 * each startup at most once, each advisor within their places; pinned pairs are placed first and use
 * places, forbidden pairs are never used. Yields progress so a caller can report it and stop between steps.
 */
export function* solveCohort(
  graph: CohortGraph,
  request: CohortRequest,
): Generator<CohortProgress, CohortAssignment> {
  const prepared = prepareCohort(graph, request);
  return finishCohort(prepared, yield* solveOnFullGraph(prepared.input));
}

/** Drives a generator to its end without stopping. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** The exact optimum of a round given as a list of scored pairs (unlisted pairs cannot be matched). */
export function assignCohort(problem: CohortProblem): CohortAssignment {
  return runToEnd(solveCohort(graphFromCandidates(problem), problem));
}
