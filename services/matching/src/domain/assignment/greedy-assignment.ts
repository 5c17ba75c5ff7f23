import type { CohortAssignment, CohortCandidate, CohortSeat } from './assignment-types';

/**
 * The obvious heuristic the optimum is measured against: take pairs from the highest score down
 * while both sides are free. Used by the benchmark; not by the service.
 */
export function assignGreedily(
  startupIds: readonly string[],
  advisors: readonly CohortSeat[],
  candidates: readonly CohortCandidate[],
): Pick<CohortAssignment, 'pairs' | 'total' | 'matched'> {
  const places = new Map(advisors.map((seat) => [seat.advisorId, seat.capacity]));
  const open = new Set(startupIds);
  const ordered = [...candidates].sort(
    (a, b) =>
      b.score - a.score || a.startupId.localeCompare(b.startupId) || a.advisorId.localeCompare(b.advisorId),
  );
  const pairs = [];
  let totalHundredths = 0;
  for (const c of ordered) {
    if (!open.has(c.startupId) || (places.get(c.advisorId) ?? 0) <= 0 || c.score <= 0) continue;
    open.delete(c.startupId);
    places.set(c.advisorId, (places.get(c.advisorId) ?? 0) - 1);
    pairs.push({ ...c, pinned: false });
    totalHundredths += Math.round(c.score * 100);
  }
  return { pairs, total: totalHundredths / 100, matched: pairs.length };
}
