import fc from 'fast-check';
import {
  assignCohort,
  buildCohortGraph,
  checkCertificate,
  graphFromCandidates,
  runToEnd,
  solveCohort,
  type CohortObjective,
  type CohortProblem,
} from '../../../src/domain/assignment';
import { AdvisorIndex, DEFAULT_WEIGHTS } from '../../../src/domain/scoring';
import { aStartup, anAdvisor } from '../scoring/pair-builders';
import { bruteForceOptimum, cohortProblemArb } from './cohort-arbitraries';
import { mediumProblemArb, thirtyFirstStartupArb } from './medium-arbitraries';
import { referenceOptimum } from './reference/reference-optimum';

const hundredths = (total: number): number => Math.round(total * 100);
const OBJECTIVES: CohortObjective[] = ['max-total', 'max-matched-then-total'];

function expectOptimal(problem: CohortProblem, optimum: { matched: number; totalHundredths: number }): void {
  const assignment = assignCohort(problem);
  expect(checkCertificate(graphFromCandidates(problem), assignment, problem.forbidden)).toMatchObject({
    exact: true,
  });
  if (problem.objective === 'max-matched-then-total') expect(assignment.matched).toBe(optimum.matched);
  expect(hundredths(assignment.total)).toBe(optimum.totalHundredths);
}

describe('the round is exact on the full eligible graph', () => {
  test.each(OBJECTIVES)(
    'when tiny rounds with pins and bans are solved for %s, then the total equals brute force and the certificate holds',
    (objective) => {
      fc.assert(
        fc.property(cohortProblemArb(objective), (problem) =>
          expectOptimal(problem, bruteForceOptimum(problem)),
        ),
        { numRuns: 400, seed: 11 },
      );
    },
  );

  test.each(OBJECTIVES)(
    'when medium rounds with pins and bans are solved for %s, then the total equals an independent min-cost flow',
    (objective) => {
      fc.assert(
        fc.property(mediumProblemArb(objective), (problem) =>
          expectOptimal(problem, referenceOptimum(problem)),
        ),
        { numRuns: 60, seed: 12 },
      );
    },
  );

  test.each(OBJECTIVES)(
    'when every startup prefers the same advisors and one more advisor fits slightly worse (the "31st startup"), then %s still places everyone it can',
    (objective) => {
      fc.assert(
        fc.property(thirtyFirstStartupArb(objective), (problem) =>
          expectOptimal(problem, referenceOptimum(problem)),
        ),
        { numRuns: 25, seed: 31 },
      );
    },
  );

  test('when 45 identical startups meet 44 exact one-place advisors and one a stage off, then all 45 are matched', () => {
    const index = new AdvisorIndex();
    const exact = Array.from({ length: 44 }, (_, i) =>
      anAdvisor({ advisorId: `a${String(i).padStart(2, '0')}`, capacity: 1 }),
    );
    const offStage = anAdvisor({ advisorId: 'a99', capacity: 1, stages: ['idea'] });
    [...exact, offStage].forEach((advisor) => index.upsert(advisor));
    const startups = Array.from({ length: 45 }, (_, i) =>
      aStartup({ startupId: `s${String(i).padStart(2, '0')}` }),
    );
    const graph = runToEnd(
      buildCohortGraph({ startups, index, weightsOf: () => DEFAULT_WEIGHTS, minScore: 0 }),
    );

    for (const objective of OBJECTIVES) {
      const assignment = runToEnd(solveCohort(graph, { objective }));

      expect(assignment.matched).toBe(45);
      expect(assignment.pairs.map((p) => p.advisorId)).toContain('a99');
      expect(checkCertificate(graph, assignment)).toMatchObject({ exact: true, pricedPairs: 45 * 45 });
    }
  });
});
