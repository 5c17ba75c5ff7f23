import type { CohortPair, CohortProblem } from '../../../../src/domain/assignment';
import { FlowNetwork, routeUnits } from './flow-network';

const key = (p: CohortPair): string => `${p.startupId}|${p.advisorId}`;

/**
 * An independent exact optimum for medium rounds: the whole candidate list as one generic
 * min-cost flow (one node per startup and advisor, one edge per pair), solved by plain successive
 * shortest paths. It shares no code with the service's solver. Pins are placed first.
 */
export function referenceOptimum(problem: CohortProblem): { matched: number; totalHundredths: number } {
  const banned = new Set((problem.forbidden ?? []).map(key));
  const pins = new Map((problem.pinned ?? []).map((p) => [p.startupId, p.advisorId]));
  const scores = new Map<string, number>();
  for (const c of problem.candidates)
    scores.set(key(c), Math.max(scores.get(key(c)) ?? 0, Math.round(c.score * 100)));
  const places = new Map(problem.advisors.map((a) => [a.advisorId, a.capacity]));
  let pinnedTotal = 0;
  for (const [startupId, advisorId] of pins) {
    places.set(advisorId, (places.get(advisorId) ?? 0) - 1);
    pinnedTotal += scores.get(key({ startupId, advisorId })) ?? 0;
  }
  const free = [...new Set(problem.startupIds)].filter((id) => !pins.has(id));
  const advisors = [...places.keys()];
  const sink = free.length + advisors.length + 1;
  const unassigned = sink - 1;
  const net = new FlowNetwork(sink + 1);
  const bonus = problem.objective === 'max-matched-then-total' ? 10_000 * (free.length + 1) : 0;
  // Costs are shifted by a constant per startup so every cost is non-negative, as routeUnits needs.
  const shift = 10_000 + bonus;
  const edges: { edge: number; score: number }[] = [];
  free.forEach((startupId, i) => {
    advisors.forEach((advisorId, a) => {
      const score = scores.get(key({ startupId, advisorId })) ?? 0;
      if (score > 0 && !banned.has(key({ startupId, advisorId })))
        edges.push({ edge: net.addEdge(i, free.length + a, 1, shift - score - bonus), score });
    });
    net.addEdge(i, unassigned, 1, shift);
  });
  advisors.forEach((advisorId, a) =>
    net.addEdge(free.length + a, sink, Math.max(0, places.get(advisorId) ?? 0), 0),
  );
  net.addEdge(unassigned, sink, free.length, 0);
  routeUnits(
    net,
    free.map((_, i) => i),
    sink,
  );
  const used = edges.filter((e) => net.flowOn(e.edge) > 0);
  return {
    matched: pins.size + used.length,
    totalHundredths: pinnedTotal + used.reduce((sum, e) => sum + e.score, 0),
  };
}
