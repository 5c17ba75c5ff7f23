import fc from 'fast-check';
import {
  assignGreedily,
  buildCohortGraph,
  checkCertificate,
  runToEnd,
  solveCohort,
} from '../../../src/domain/assignment';
import { AdvisorIndex, DEFAULT_WEIGHTS, scorePair } from '../../../src/domain/scoring';
import { aStartup, anAdvisor } from '../scoring/pair-builders';
import { advisorsArb, startupArb } from '../scoring/pair-arbitraries';

const graphOf = (index: AdvisorIndex, startups: Parameters<typeof buildCohortGraph>[0]['startups']) =>
  runToEnd(buildCohortGraph({ startups, index, weightsOf: () => DEFAULT_WEIGHTS, minScore: 0 }));

describe('buildCohortGraph', () => {
  test('when random startups and advisors form a round, then every pair is scored exactly as the reference scorer', () => {
    fc.assert(
      fc.property(
        advisorsArb(30),
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 10 })
          .chain((seeds) => fc.tuple(...seeds.map((_, i) => startupArb(`s-${String(i).padStart(2, '0')}`)))),
        (advisors, startups) => {
          const index = new AdvisorIndex();
          advisors.forEach((advisor) => index.upsert(advisor));

          const graph = graphOf(index, startups);

          graph.startupIds.forEach((startupId, i) =>
            graph.advisorIds.forEach((advisorId, j) => {
              const startup = startups.find((s) => s.startupId === startupId)!;
              const score = scorePair(startup, index.get(advisorId)!, DEFAULT_WEIGHTS);
              const expected = score.candidate ? score.totalHundredths : 0;
              expect(graph.scores[i * graph.advisorIds.length + j]).toBe(expected);
            }),
          );
          const open = advisors.filter(
            (a) => a.verification === 'verified' && !a.paused && a.load < a.capacity,
          );
          expect([...graph.advisorIds].sort()).toEqual(open.map((a) => a.advisorId).sort());
        },
      ),
      { numRuns: 100, seed: 8 },
    );
  });

  test('when a full advisor is pinned, then the advisor joins the graph with no places and the pin is refused by name', () => {
    const index = new AdvisorIndex();
    index.upsert(anAdvisor({ advisorId: 'a1', capacity: 2, load: 2 }));
    const pinned = [{ startupId: 's1', advisorId: 'a1' }];
    const graph = runToEnd(
      buildCohortGraph({
        startups: [aStartup({ startupId: 's1' })],
        index,
        weightsOf: () => DEFAULT_WEIGHTS,
        minScore: 0,
        pinned,
      }),
    );

    expect(graph.advisorIds).toEqual(['a1']);
    expect([...graph.capacity]).toEqual([0]);
    expect(() => runToEnd(solveCohort(graph, { objective: 'max-total', pinned }))).toThrow(
      expect.objectContaining({ code: 'COHORT.INVALID_PINS' }),
    );
  });

  test('when random rounds are solved on the full graph, then the certificate holds and the optimum is never below greedy', () => {
    fc.assert(
      fc.property(
        advisorsArb(30),
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 15 })
          .chain((seeds) => fc.tuple(...seeds.map((_, i) => startupArb(`s-${String(i).padStart(2, '0')}`)))),
        (advisors, startups) => {
          const index = new AdvisorIndex();
          advisors.forEach((advisor) => index.upsert(advisor));
          const graph = graphOf(index, startups);

          const optimal = runToEnd(solveCohort(graph, { objective: 'max-total' }));
          const candidates = graph.startupIds.flatMap((startupId, i) =>
            graph.advisorIds.map((advisorId, j) => ({
              startupId,
              advisorId,
              score: (graph.scores[i * graph.advisorIds.length + j] ?? 0) / 100,
            })),
          );
          const seats = graph.advisorIds.map((advisorId, j) => ({ advisorId, capacity: graph.capacity[j]! }));
          const greedy = assignGreedily(graph.startupIds, seats, candidates);

          expect(checkCertificate(graph, optimal)).toMatchObject({ exact: true });
          expect(optimal.total).toBeGreaterThanOrEqual(greedy.total);
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });
});
