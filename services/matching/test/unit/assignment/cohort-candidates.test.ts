import fc from 'fast-check';
import { assignCohort, assignGreedily, cohortCandidates } from '../../../src/domain/assignment';
import { AdvisorIndex, DEFAULT_WEIGHTS, scorePair } from '../../../src/domain/scoring';
import { aStartup, anAdvisor } from '../scoring/pair-builders';
import { advisorsArb, startupArb } from '../scoring/pair-arbitraries';
import { cohortProblemArb } from './cohort-arbitraries';

describe('cohortCandidates', () => {
  test('when a round is built from the index, then each startup brings its top N and pins keep their real score', () => {
    const index = new AdvisorIndex();
    const advisors = ['a1', 'a2', 'a3', 'a4'].map((advisorId, i) =>
      anAdvisor({ advisorId, sectors: i < 2 ? ['10'] : ['62'], capacity: 4, load: i }),
    );
    advisors.forEach((advisor) => index.upsert(advisor));
    const startups = [aStartup({ startupId: 's1' }), aStartup({ startupId: 's2', sector: '62' })];

    const round = cohortCandidates({
      startups,
      index,
      weightsOf: () => DEFAULT_WEIGHTS,
      perStartup: 2,
      pinned: [{ startupId: 's1', advisorId: 'a4' }],
    });

    const pinScore = scorePair(startups[0]!, advisors[3]!, DEFAULT_WEIGHTS);
    expect(round.startupIds).toEqual(['s1', 's2']);
    expect(round.candidates.filter((c) => c.startupId === 's1').map((c) => c.advisorId)).toEqual([
      'a1',
      'a2',
      'a4',
    ]);
    expect(round.candidates.find((c) => c.startupId === 's1' && c.advisorId === 'a4')?.score).toBe(
      pinScore.candidate ? pinScore.total : -1,
    );
    expect([...round.advisors].sort((a, b) => a.advisorId.localeCompare(b.advisorId))).toEqual([
      { advisorId: 'a1', capacity: 4 },
      { advisorId: 'a2', capacity: 3 },
      { advisorId: 'a3', capacity: 2 },
      { advisorId: 'a4', capacity: 1 },
    ]);
  });

  test('when a startup has forbidden advisors, then it still brings N advisors it may get', () => {
    const index = new AdvisorIndex();
    ['a1', 'a2', 'a3'].forEach((advisorId) => index.upsert(anAdvisor({ advisorId })));

    const round = cohortCandidates({
      startups: [aStartup({ startupId: 's1' })],
      index,
      weightsOf: () => DEFAULT_WEIGHTS,
      perStartup: 2,
      forbidden: [{ startupId: 's1', advisorId: 'a1' }],
    });
    const assignment = assignCohort({
      ...round,
      forbidden: [{ startupId: 's1', advisorId: 'a1' }],
      objective: 'max-total',
    });

    expect(round.candidates.map((c) => c.advisorId)).toEqual(['a1', 'a2', 'a3']);
    expect(assignment.pairs.map((p) => p.advisorId)).toEqual(['a2']);
  });

  test('when random startups and advisors form a round, then the optimum is never below the greedy assignment', () => {
    fc.assert(
      fc.property(
        advisorsArb(30),
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 15 })
          .chain((seeds) => fc.tuple(...seeds.map((_, i) => startupArb(`s-${String(i).padStart(2, '0')}`)))),
        (advisors, startups) => {
          const index = new AdvisorIndex();
          advisors.forEach((advisor) => index.upsert(advisor));
          const round = cohortCandidates({
            startups,
            index,
            weightsOf: () => DEFAULT_WEIGHTS,
            perStartup: 5,
          });

          const optimal = assignCohort({ ...round, objective: 'max-total' });
          const greedy = assignGreedily(round.startupIds, round.advisors, round.candidates);

          expect(optimal.total).toBeGreaterThanOrEqual(greedy.total);
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });

  test('when random small rounds are solved, then the optimum is never below the greedy assignment', () => {
    fc.assert(
      fc.property(cohortProblemArb('max-total'), (problem) => {
        const greedy = assignGreedily(problem.startupIds, problem.advisors, problem.candidates);

        expect(assignCohort({ ...problem, pinned: [], forbidden: [] }).total).toBeGreaterThanOrEqual(
          greedy.total,
        );
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
