import fc from 'fast-check';
import type {
  CohortCandidate,
  CohortObjective,
  CohortPair,
  CohortProblem,
} from '../../../src/domain/assignment';

const id = (prefix: string, i: number): string => `${prefix}${String(i).padStart(3, '0')}`;

/** Pins the round can honour: one per startup, within places, not forbidden. */
function honourable(
  pins: readonly CohortPair[],
  forbidden: readonly CohortPair[],
  places: ReadonlyMap<string, number>,
): CohortPair[] {
  const banned = new Set(forbidden.map((p) => `${p.startupId}|${p.advisorId}`));
  const used = new Map<string, number>();
  const seen = new Set<string>();
  return pins.filter((p) => {
    const ok =
      !seen.has(p.startupId) &&
      !banned.has(`${p.startupId}|${p.advisorId}`) &&
      (used.get(p.advisorId) ?? 0) < (places.get(p.advisorId) ?? 0);
    if (ok) {
      seen.add(p.startupId);
      used.set(p.advisorId, (used.get(p.advisorId) ?? 0) + 1);
    }
    return ok;
  });
}

/** Rounds of 20–70 startups and 3–15 advisors, dense random scores with many ties, some bans and pins. */
export const mediumProblemArb = (objective: CohortObjective): fc.Arbitrary<CohortProblem> =>
  fc
    .record({
      startups: fc.integer({ min: 20, max: 70 }),
      capacities: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 15 }),
      density: fc.double({ min: 0.2, max: 1, noNaN: true }),
      seed: fc.integer(),
      bans: fc.array(fc.tuple(fc.nat(69), fc.nat(14)), { maxLength: 20 }),
      pins: fc.array(fc.tuple(fc.nat(69), fc.nat(14)), { maxLength: 6 }),
    })
    .map(({ startups, capacities, density, seed, bans, pins }) => {
      let state = seed >>> 0;
      const random = (): number => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
      const startupIds = Array.from({ length: startups }, (_, i) => id('s', i));
      const advisors = capacities.map((capacity, i) => ({ advisorId: id('a', i), capacity }));
      const candidates: CohortCandidate[] = [];
      for (const startupId of startupIds)
        for (const { advisorId } of advisors)
          if (random() < density)
            candidates.push({ startupId, advisorId, score: 40 + 5 * Math.floor(random() * 12) });
      const pair = ([s, a]: [number, number]): CohortPair => ({
        startupId: id('s', s % startups),
        advisorId: id('a', a % advisors.length),
      });
      const forbidden = bans.map(pair);
      const places = new Map(advisors.map((a) => [a.advisorId, a.capacity]));
      return {
        startupIds,
        advisors,
        candidates,
        objective,
        forbidden,
        pinned: honourable(pins.map(pair), forbidden, places),
      };
    });

/**
 * The shape that broke top-k pruning: n startups, n − 1 one-place advisors that fit every startup
 * exactly (with small random differences) and one more that fits each a little worse; n is above
 * the solver's first candidate count, so only pricing the full graph finds the last advisor.
 */
export const thirtyFirstStartupArb = (objective: CohortObjective): fc.Arbitrary<CohortProblem> =>
  fc
    .record({
      n: fc.integer({ min: 31, max: 60 }),
      jitter: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60 * 60, maxLength: 60 * 60 }),
      bans: fc.array(fc.tuple(fc.nat(59), fc.nat(59)), { maxLength: 4 }),
      pins: fc.array(fc.tuple(fc.nat(59), fc.nat(59)), { maxLength: 2 }),
    })
    .map(({ n, jitter, bans, pins }) => {
      const startupIds = Array.from({ length: n }, (_, i) => id('s', i));
      const advisors = Array.from({ length: n }, (_, i) => ({ advisorId: id('a', i), capacity: 1 }));
      const candidates = startupIds.flatMap((startupId, s) =>
        advisors.map(({ advisorId }, a) => ({
          startupId,
          advisorId,
          score: (a === n - 1 ? 85.71 : 100) - (jitter[s * 60 + a] ?? 0) / 100,
        })),
      );
      const pair = ([s, a]: [number, number]): CohortPair => ({
        startupId: id('s', s % n),
        advisorId: id('a', a % n),
      });
      const forbidden = bans.map(pair);
      const places = new Map(advisors.map((a) => [a.advisorId, a.capacity]));
      return {
        startupIds,
        advisors,
        candidates,
        objective,
        forbidden,
        pinned: honourable(pins.map(pair), forbidden, places),
      };
    });
