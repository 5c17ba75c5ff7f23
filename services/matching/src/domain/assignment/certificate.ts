import type { CohortAssignment, CohortPair } from './assignment-types';
import { forbiddenCells, type CohortGraph } from './cohort-graph';

export interface CertificateCheck {
  /** True when the duals prove the assignment optimal over every eligible pair of the graph. */
  readonly exact: boolean;
  readonly pricedPairs: number;
  /** The first thing that failed, for a person reading a failed check. */
  readonly failure: string | null;
}

/**
 * Checks a round's certificate against the graph alone (no solver code): the duals are
 * non-negative, every eligible non-forbidden pair of a placed startup with an advisor who still has
 * places satisfies u_i + v_j ≥ score + bonus, and Σu + Σ places·v equals the weight of the placed
 * pairs. Any other assignment weighs at most Σu + Σ places·v (weak duality), so this one is optimal.
 */
export function checkCertificate(
  graph: CohortGraph,
  assignment: CohortAssignment,
  forbidden: readonly CohortPair[] = [],
): CertificateCheck {
  const c = assignment.certificate;
  const fail = (failure: string): CertificateCheck => ({ exact: false, pricedPairs: 0, failure });
  const columns = graph.advisorIds.length;
  const rowOf = new Map(graph.startupIds.map((id, i) => [id, i]));
  const columnOf = new Map(graph.advisorIds.map((id, j) => [id, j]));
  const v = new Float64Array(columns);
  const places = new Int32Array(columns);
  c.advisorIds.forEach((id, k) => {
    const j = columnOf.get(id);
    if (j !== undefined) {
      v[j] = c.advisorDuals[k] ?? Number.NaN;
      places[j] = c.advisorPlaces[k] ?? 0;
    }
  });
  if (![...c.startupDuals, ...c.advisorDuals].every((d) => d >= 0)) return fail('a negative dual');
  const cells = forbiddenCells(graph, forbidden);
  let pricedPairs = 0;
  let dualTotal = 0;
  for (let k = 0; k < c.startupIds.length; k++) {
    const i = rowOf.get(c.startupIds[k] ?? '');
    if (i === undefined) return fail(`unknown startup ${c.startupIds[k]}`);
    const u = c.startupDuals[k] ?? 0;
    dualTotal += u;
    for (let j = 0; j < columns; j++) {
      const score = graph.scores[i * columns + j] ?? 0;
      if (score === 0 || places[j] === 0 || cells.has(i * columns + j)) continue;
      pricedPairs++;
      if (u + (v[j] ?? 0) < score + c.matchBonus)
        return fail(`pair ${c.startupIds[k]} × ${graph.advisorIds[j]}`);
    }
  }
  for (let j = 0; j < columns; j++) dualTotal += (places[j] ?? 0) * (v[j] ?? 0);
  const placed = new Set(c.startupIds);
  const weight = assignment.pairs
    .filter((p) => !p.pinned && placed.has(p.startupId))
    .reduce((sum, p) => sum + Math.round(p.score * 100) + c.matchBonus, 0);
  if (dualTotal !== weight) return fail(`dual total ${dualTotal} ≠ assignment weight ${weight}`);
  return { exact: true, pricedPairs, failure: null };
}
