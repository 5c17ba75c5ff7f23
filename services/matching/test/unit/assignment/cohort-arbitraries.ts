import fc from 'fast-check';
import type {
  CohortCandidate,
  CohortObjective,
  CohortPair,
  CohortProblem,
} from '../../../src/domain/assignment';

const pairKey = (p: CohortPair): string => `${p.startupId}|${p.advisorId}`;

/** Random small rounds: up to 8 startups, up to 4 advisors, sparse candidates, some forbids and valid pins. */
export const cohortProblemArb = (objective: CohortObjective): fc.Arbitrary<CohortProblem> =>
  fc
    .record({
      startups: fc.integer({ min: 1, max: 8 }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
      edges: fc.array(
        fc.record({
          s: fc.nat(7),
          a: fc.nat(3),
          score: fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100),
        }),
        { maxLength: 24 },
      ),
      forbids: fc.array(fc.record({ s: fc.nat(7), a: fc.nat(3) }), { maxLength: 3 }),
      pins: fc.array(fc.record({ s: fc.nat(7), a: fc.nat(3) }), { maxLength: 3 }),
    })
    .map(({ startups, capacities, edges, forbids, pins }) => {
      const startupIds = Array.from({ length: startups }, (_, i) => `s${i}`);
      const advisors = capacities.map((capacity, i) => ({ advisorId: `a${i}`, capacity }));
      const pair = (s: number, a: number): CohortPair => ({
        startupId: `s${s % startups}`,
        advisorId: `a${a % advisors.length}`,
      });
      const candidates: CohortCandidate[] = edges.map((e) => ({ ...pair(e.s, e.a), score: e.score }));
      const forbidden = forbids.map((f) => pair(f.s, f.a));
      const banned = new Set(forbidden.map(pairKey));
      // Keep only pins the round can honour: one per startup, within places, not forbidden.
      const used = new Map<string, number>();
      const pinnedStartups = new Set<string>();
      const pinned = pins
        .map((p) => pair(p.s, p.a))
        .filter((p) => {
          const seats = advisors.find((a) => a.advisorId === p.advisorId)?.capacity ?? 0;
          const ok =
            !pinnedStartups.has(p.startupId) &&
            !banned.has(pairKey(p)) &&
            (used.get(p.advisorId) ?? 0) < seats;
          if (ok) {
            pinnedStartups.add(p.startupId);
            used.set(p.advisorId, (used.get(p.advisorId) ?? 0) + 1);
          }
          return ok;
        });
      return { startupIds, advisors, candidates, objective, forbidden, pinned };
    });

/** The best (matched, total in hundredths) over every feasible assignment, by exhaustive search. */
export function bruteForceOptimum(problem: CohortProblem): { matched: number; totalHundredths: number } {
  const banned = new Set((problem.forbidden ?? []).map(pairKey));
  const pins = new Map((problem.pinned ?? []).map((p) => [p.startupId, p.advisorId]));
  const scores = new Map<string, number>();
  for (const c of problem.candidates) {
    const h = Math.round(c.score * 100);
    scores.set(pairKey(c), Math.max(scores.get(pairKey(c)) ?? 0, h));
  }
  const places = new Map(problem.advisors.map((a) => [a.advisorId, a.capacity]));
  // Pins take their places before anyone else chooses.
  let pinnedTotal = 0;
  for (const [startupId, advisorId] of pins) {
    places.set(advisorId, (places.get(advisorId) ?? 0) - 1);
    pinnedTotal += scores.get(pairKey({ startupId, advisorId })) ?? 0;
  }
  const startups = problem.startupIds.filter((id) => !pins.has(id));
  let best = { matched: -1, totalHundredths: -1 };
  const better = (matched: number, total: number): boolean =>
    problem.objective === 'max-total'
      ? total > best.totalHundredths || (total === best.totalHundredths && matched > best.matched)
      : matched > best.matched || (matched === best.matched && total > best.totalHundredths);
  const visit = (i: number, matched: number, total: number): void => {
    if (i === startups.length) {
      if (better(matched, total)) best = { matched, totalHundredths: total };
      return;
    }
    const startupId = startups[i] ?? '';
    const take = (advisorId: string): void => {
      const key = pairKey({ startupId, advisorId });
      places.set(advisorId, (places.get(advisorId) ?? 0) - 1);
      visit(i + 1, matched + 1, total + (scores.get(key) ?? 0));
      places.set(advisorId, (places.get(advisorId) ?? 0) + 1);
    };
    visit(i + 1, matched, total);
    for (const advisorId of places.keys()) {
      const key = pairKey({ startupId, advisorId });
      if ((places.get(advisorId) ?? 0) > 0 && !banned.has(key) && (scores.get(key) ?? 0) > 0) take(advisorId);
    }
  };
  visit(0, pins.size, pinnedTotal);
  return best;
}
