import fc from 'fast-check';
import { isAppError } from '@jisr/errors';
import {
  assignCohort,
  type CohortAssignment,
  type CohortObjective,
  type CohortProblem,
} from '../../../src/domain/assignment';
import { bruteForceOptimum, cohortProblemArb } from './cohort-arbitraries';

const hundredths = (assignment: CohortAssignment): number =>
  assignment.pairs.reduce((sum, pair) => sum + Math.round(pair.score * 100), 0);

function expectFeasible(problem: CohortProblem, assignment: CohortAssignment): void {
  const perAdvisor = new Map<string, number>();
  assignment.pairs.forEach((p) => perAdvisor.set(p.advisorId, (perAdvisor.get(p.advisorId) ?? 0) + 1));
  for (const seat of problem.advisors)
    expect(perAdvisor.get(seat.advisorId) ?? 0).toBeLessThanOrEqual(seat.capacity);
  const startups = assignment.pairs.map((p) => p.startupId);
  expect(new Set(startups).size).toBe(startups.length);
  const forbidden = new Set((problem.forbidden ?? []).map((p) => `${p.startupId}|${p.advisorId}`));
  assignment.pairs.forEach((p) => expect(forbidden.has(`${p.startupId}|${p.advisorId}`)).toBe(false));
  for (const pin of problem.pinned ?? [])
    expect(assignment.pairs).toContainEqual(expect.objectContaining({ ...pin, pinned: true }));
  const accounted = [...startups, ...assignment.unassigned.map((u) => u.startupId)].sort();
  expect(accounted).toEqual([...problem.startupIds].sort());
  expect(assignment.total).toBe(hundredths(assignment) / 100);
}

describe('assignCohort', () => {
  test.each<CohortObjective>(['max-total', 'max-matched-then-total'])(
    'when solving random rounds of up to 8 startups for %s, then the result is feasible and equals the brute-force optimum',
    (objective) => {
      fc.assert(
        fc.property(cohortProblemArb(objective), (problem) => {
          const assignment = assignCohort(problem);
          const optimum = bruteForceOptimum(problem);

          expectFeasible(problem, assignment);
          expect(hundredths(assignment)).toBe(optimum.totalHundredths);
          if (objective === 'max-matched-then-total') expect(assignment.matched).toBe(optimum.matched);
        }),
        { numRuns: 1000, seed: 2026 },
      );
    },
  );

  test('when the same round is given in another order, then the assignment is identical', () => {
    fc.assert(
      fc.property(cohortProblemArb('max-matched-then-total'), fc.integer(), (problem, salt) => {
        const shuffle = <T>(items: readonly T[]): T[] =>
          items
            .map((item, i) => ({ item, rank: Math.sin(i * 12.9898 + salt) }))
            .sort((a, b) => a.rank - b.rank)
            .map((x) => x.item);
        const reordered: CohortProblem = {
          ...problem,
          startupIds: shuffle(problem.startupIds),
          advisors: shuffle(problem.advisors),
          candidates: shuffle(problem.candidates),
        };

        expect(assignCohort(reordered)).toEqual(assignCohort(problem));
      }),
      { numRuns: 200, seed: 99 },
    );
  });

  test('when matching more startups costs total score, then the two objectives choose differently', () => {
    // s1 loves a1 (90) and barely fits a2 (5); s2 fits only a1 (50).
    const problem = (objective: CohortObjective): CohortProblem => ({
      startupIds: ['s1', 's2'],
      advisors: [
        { advisorId: 'a1', capacity: 1 },
        { advisorId: 'a2', capacity: 1 },
      ],
      candidates: [
        { startupId: 's1', advisorId: 'a1', score: 90 },
        { startupId: 's1', advisorId: 'a2', score: 5 },
        { startupId: 's2', advisorId: 'a1', score: 50 },
      ],
      objective,
    });

    const best = assignCohort(problem('max-total'));
    const most = assignCohort(problem('max-matched-then-total'));

    expect(best).toMatchObject({
      total: 90,
      matched: 1,
      unassigned: [{ startupId: 's2', reason: 'capacity-exhausted' }],
    });
    expect(best.pairs.map((p) => [p.startupId, p.advisorId])).toEqual([['s1', 'a1']]);
    expect(most).toMatchObject({ total: 55, matched: 2, unassigned: [] });
    expect(most.pairs.map((p) => [p.startupId, p.advisorId])).toEqual([
      ['s1', 'a2'],
      ['s2', 'a1'],
    ]);
  });

  test('when a pair is pinned, then it is kept, uses a place and the displaced startup is told why', () => {
    const assignment = assignCohort({
      startupIds: ['s1', 's2'],
      advisors: [{ advisorId: 'a1', capacity: 1 }],
      candidates: [
        { startupId: 's1', advisorId: 'a1', score: 40 },
        { startupId: 's2', advisorId: 'a1', score: 95 },
      ],
      pinned: [{ startupId: 's1', advisorId: 'a1' }],
      objective: 'max-total',
    });

    expect(assignment.pairs).toEqual([{ startupId: 's1', advisorId: 'a1', score: 40, pinned: true }]);
    expect(assignment.unassigned).toEqual([{ startupId: 's2', reason: 'pinned-elsewhere' }]);
  });

  test('when pairs are forbidden, then they are never used and a startup left without options is told why', () => {
    const assignment = assignCohort({
      startupIds: ['s1', 's2', 's3'],
      advisors: [
        { advisorId: 'a1', capacity: 2 },
        { advisorId: 'a2', capacity: 1 },
      ],
      candidates: [
        { startupId: 's1', advisorId: 'a1', score: 99 },
        { startupId: 's1', advisorId: 'a2', score: 30 },
        { startupId: 's2', advisorId: 'a1', score: 70 },
      ],
      forbidden: [
        { startupId: 's1', advisorId: 'a1' },
        { startupId: 's2', advisorId: 'a1' },
      ],
      objective: 'max-total',
    });

    expect(assignment.pairs.map((p) => [p.startupId, p.advisorId])).toEqual([['s1', 'a2']]);
    expect(assignment.unassigned).toEqual([
      { startupId: 's2', reason: 'all-candidates-forbidden' },
      { startupId: 's3', reason: 'no-candidate' },
    ]);
  });

  test('when pins cannot be honoured, then the round is refused with 422 naming each bad pin', () => {
    const attempt = (): CohortAssignment =>
      assignCohort({
        startupIds: ['s1', 's2', 's3'],
        advisors: [{ advisorId: 'a1', capacity: 1 }],
        candidates: [],
        pinned: [
          { startupId: 's1', advisorId: 'a1' },
          { startupId: 's1', advisorId: 'a1' },
          { startupId: 's2', advisorId: 'a1' },
          { startupId: 's3', advisorId: 'a9' },
        ],
        objective: 'max-total',
      });

    let caught: unknown;
    try {
      attempt();
    } catch (error) {
      caught = error;
    }

    expect(isAppError(caught) && { code: caught.code, status: caught.status, errors: caught.errors }).toEqual(
      {
        code: 'COHORT.INVALID_PINS',
        status: 422,
        errors: [
          expect.objectContaining({ path: 'pinned[1]', code: 'COHORT.PIN_DUPLICATE' }),
          expect.objectContaining({ path: 'pinned[2]', code: 'COHORT.PIN_OVER_CAPACITY' }),
          expect.objectContaining({ path: 'pinned[3]', code: 'COHORT.PIN_UNKNOWN' }),
        ],
      },
    );
  });
});
