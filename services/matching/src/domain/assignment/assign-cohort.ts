import { FlowNetwork, routeUnits } from './min-cost-flow';
import { byId, pairKey, validatePins } from './cohort-pins';
import type {
  AssignedCohortPair,
  CohortAssignment,
  CohortProblem,
  UnassignedReason,
} from './assignment-types';

const hundredths = (score: number): number => Math.max(0, Math.round(score * 100));

interface Arc {
  readonly advisorId: string;
  readonly score: number;
}

/**
 * The exact optimum of a cohort round: startups to advisors, each startup at most once, each advisor
 * within their places, as a min-cost flow solved by successive shortest paths. For
 * `max-matched-then-total` leaving a startup unassigned costs more than any possible total, so more
 * matches always win and the total decides among equals. Pinned pairs are
 * placed first and use places; forbidden pairs are never used. Input order does not matter: ids are
 * sorted before the network is built, so the same problem always gives the same answer.
 */
export function assignCohort(problem: CohortProblem): CohortAssignment {
  const startupIds = [...new Set(problem.startupIds)].sort(byId);
  const seats = new Map(
    [...problem.advisors]
      .sort((a, b) => byId(a.advisorId, b.advisorId))
      .map((s) => [s.advisorId, s.capacity]),
  );
  const forbidden = new Set((problem.forbidden ?? []).map((p) => pairKey(p.startupId, p.advisorId)));
  const pins = validatePins(problem.pinned ?? [], new Set(startupIds), seats, forbidden);

  // One arc per pair (the best score if a pair is listed twice), sorted so the network is the same for any input order.
  const best = new Map<string, { startupId: string; advisorId: string; score: number }>();
  for (const c of problem.candidates) {
    const key = pairKey(c.startupId, c.advisorId);
    const score = hundredths(c.score);
    if ((best.get(key)?.score ?? -1) < score)
      best.set(key, { startupId: c.startupId, advisorId: c.advisorId, score });
  }
  const arcs = new Map<string, Arc[]>(startupIds.map((id) => [id, []]));
  for (const c of best.values()) {
    if (c.score > 0 && seats.has(c.advisorId))
      arcs.get(c.startupId)?.push({ advisorId: c.advisorId, score: c.score });
  }
  arcs.forEach((list) => list.sort((a, b) => byId(a.advisorId, b.advisorId)));

  const remaining = new Map(seats);
  const pairs: AssignedCohortPair[] = [];
  for (const pin of pins) {
    remaining.set(pin.advisorId, (remaining.get(pin.advisorId) ?? 0) - 1);
    const score = best.get(pairKey(pin.startupId, pin.advisorId))?.score ?? 0;
    pairs.push({ ...pin, score: score / 100, pinned: true });
  }
  const pinnedStartups = new Set(pins.map((p) => p.startupId));
  const usable = (startupId: string, places: ReadonlyMap<string, number>): Arc[] =>
    (arcs.get(startupId) ?? []).filter(
      (arc) => !forbidden.has(pairKey(startupId, arc.advisorId)) && (places.get(arc.advisorId) ?? 0) > 0,
    );

  // Nodes: free startups, advisors with places, "unassigned", sink. Every startup sends one unit: to
  // an advisor at cost 10000 − score (hundredths), or to "unassigned" at cost 10000 + penalty. The
  // cheapest routing maximises the total; with a penalty above any total (max-matched-then-total)
  // it first minimises the startups left unassigned.
  const free = startupIds.filter((id) => !pinnedStartups.has(id));
  const advisorIds = [...remaining.keys()].filter((id) => (remaining.get(id) ?? 0) > 0);
  const advisorNode = new Map(advisorIds.map((id, i) => [id, free.length + i]));
  const unassignedNode = free.length + advisorIds.length;
  const sink = unassignedNode + 1;
  const net = new FlowNetwork(sink + 1);
  const penalty = problem.objective === 'max-matched-then-total' ? 10_000 * startupIds.length + 1 : 0;
  const edges: { startupId: string; advisorId: string; score: number; edge: number }[] = [];
  free.forEach((startupId, i) => {
    for (const arc of usable(startupId, remaining)) {
      const edge = net.addEdge(i, advisorNode.get(arc.advisorId) ?? sink, 1, 10_000 - arc.score);
      edges.push({ startupId, advisorId: arc.advisorId, score: arc.score, edge });
    }
    net.addEdge(i, unassignedNode, 1, 10_000 + penalty);
  });
  advisorIds.forEach((id) => net.addEdge(advisorNode.get(id) ?? sink, sink, remaining.get(id) ?? 0, 0));
  net.addEdge(unassignedNode, sink, free.length, 0);
  routeUnits(
    net,
    free.map((_, i) => i),
    sink,
  );

  for (const e of edges) {
    if (net.flowOn(e.edge) > 0)
      pairs.push({ startupId: e.startupId, advisorId: e.advisorId, score: e.score / 100, pinned: false });
  }
  pairs.sort((a, b) => byId(a.startupId, b.startupId));
  const assigned = new Set(pairs.map((p) => p.startupId));
  const reasonFor = (startupId: string): UnassignedReason => {
    const all = (arcs.get(startupId) ?? []).filter((arc) => (seats.get(arc.advisorId) ?? 0) > 0);
    if (all.length === 0) return 'no-candidate';
    const allowed = usable(startupId, seats);
    if (allowed.length === 0) return 'all-candidates-forbidden';
    return usable(startupId, remaining).length === 0 ? 'pinned-elsewhere' : 'capacity-exhausted';
  };
  const totalHundredths = pairs.reduce((sum, p) => sum + Math.round(p.score * 100), 0);
  return {
    objective: problem.objective,
    pairs,
    total: totalHundredths / 100,
    matched: pairs.length,
    unassigned: startupIds
      .filter((id) => !assigned.has(id))
      .map((startupId) => ({ startupId, reason: reasonFor(startupId) })),
  };
}
