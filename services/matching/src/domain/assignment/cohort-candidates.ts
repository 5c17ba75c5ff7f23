import type { AdvisorIndex } from '../scoring/advisor-index';
import { scorePair } from '../scoring/score-pair';
import type { MatchableStartup, Weights } from '../scoring/scoring-types';
import type { CohortPair, CohortProgress } from './assignment-types';
import type { CohortGraph } from './cohort-graph';
import { byId } from './cohort-pins';

export interface CohortGraphOptions {
  /** The round's eligible startups (the caller leaves out whoever must not take part). */
  readonly startups: readonly MatchableStartup[];
  readonly index: AdvisorIndex;
  /** The weights each startup is scored with (its programme's). */
  readonly weightsOf: (startup: MatchableStartup) => Weights;
  /** Pairs under this score (points) are not eligible; pinned pairs keep their real score. */
  readonly minScore: number;
  /** Free places per advisor; by default capacity minus the load the index knows. */
  readonly freePlaces?: ((advisorId: string, capacity: number, load: number) => number) | undefined;
  readonly pinned?: readonly CohortPair[] | undefined;
}

/**
 * The full eligible graph of a round, scored by the index's fast scorer with no pruning: every
 * startup against every listed advisor with a free place (and every pinned advisor, so a pin on a
 * full advisor is refused by name). Yields progress while scoring; one row per startup.
 */
export function* buildCohortGraph(options: CohortGraphOptions): Generator<CohortProgress, CohortGraph> {
  const { index } = options;
  const open = index.openSlots();
  const bySlot = new Map<string, number>();
  open.advisors.forEach((advisor, k) => bySlot.set(advisor.advisorId, open.slots[k] ?? 0));
  for (const pin of options.pinned ?? []) {
    const advisor = index.get(pin.advisorId);
    if (advisor !== undefined && !bySlot.has(pin.advisorId)) bySlot.set(pin.advisorId, -1);
  }
  const advisorIds = [...bySlot.keys()].sort(byId);
  const placesOf = options.freePlaces ?? ((_id: string, capacity: number, load: number) => capacity - load);
  const capacity = Int32Array.from(advisorIds, (id) => {
    const advisor = index.get(id);
    return advisor === undefined ? 0 : Math.max(0, placesOf(id, advisor.capacity, advisor.load));
  });
  // A pinned advisor outside the open slots scores nothing: slot -1 is never listed.
  const slots = Int32Array.from(advisorIds, (id) => bySlot.get(id) ?? -1).map((slot) => Math.max(slot, 0));
  const closed = new Set(advisorIds.flatMap((id, j) => ((bySlot.get(id) ?? -1) < 0 ? [j] : [])));
  const startups = [...new Map(options.startups.map((s) => [s.startupId, s])).values()].sort((a, b) =>
    byId(a.startupId, b.startupId),
  );
  const columns = advisorIds.length;
  // Shared memory, so a worker thread can solve the round without a copy of the graph.
  const scores = new Uint16Array(new SharedArrayBuffer(startups.length * columns * 2));
  const minHundredths = Math.max(1, Math.round(options.minScore * 100));
  for (let i = 0; i < startups.length; i++) {
    const startup = startups[i] as MatchableStartup;
    const row = scores.subarray(i * columns, (i + 1) * columns);
    index.scoreRow(startup, options.weightsOf(startup), slots, minHundredths, row);
    for (const j of closed) row[j] = 0;
    if (i % 256 === 0) yield { phase: 'scoring', done: i, total: startups.length, round: 0 };
  }
  const rowOf = new Map(startups.map((s, i) => [s.startupId, i]));
  const columnOf = new Map(advisorIds.map((id, j) => [id, j]));
  for (const pin of options.pinned ?? []) {
    const i = rowOf.get(pin.startupId);
    const j = columnOf.get(pin.advisorId);
    const advisor = index.get(pin.advisorId);
    if (i === undefined || j === undefined || advisor === undefined) continue;
    const startup = startups[i] as MatchableStartup;
    const score = scorePair(startup, advisor, options.weightsOf(startup));
    // A pin is the council's decision: it stands even when the pair would never be recommended.
    scores[i * columns + j] = score.candidate ? score.totalHundredths : 0;
  }
  return { startupIds: startups.map((s) => s.startupId), advisorIds, capacity, scores };
}
