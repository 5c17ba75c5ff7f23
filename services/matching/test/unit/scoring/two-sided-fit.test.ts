import { DEFAULT_WEIGHTS, resolveWeights, scorePair } from '../../../src/domain/scoring';
import { aStartup, anAdvisor, candidateOf } from './pair-builders';

describe('two-sided fit', () => {
  test('when the advisor serves the startup well but the startup is not what the advisor wants, then the pair ranks low', () => {
    const startup = aStartup({ sector: '62', stage: 'idea', needs: [{ kind: 'mentoring' }] });
    const oneSided = anAdvisor({ sectors: ['41'], stages: ['scale'], offers: ['mentoring'] });
    const balanced = anAdvisor({
      sectors: ['63'],
      stages: ['prototype'],
      offers: ['mentoring', 'partnership'],
    });

    const lopsided = candidateOf(scorePair(startup, oneSided, DEFAULT_WEIGHTS));
    const even = candidateOf(scorePair(startup, balanced, DEFAULT_WEIGHTS));

    expect(lopsided.sides['advisor-serves-startup']).toBeGreaterThanOrEqual(0.9);
    expect(lopsided.sides['startup-fits-advisor']).toBe(0);
    expect(lopsided.total).toBe(0);
    expect(even.total).toBeGreaterThan(50);
  });

  test('when the sides are combined, then the total is their harmonic mean', () => {
    const score = candidateOf(
      scorePair(aStartup(), anAdvisor({ stages: ['idea'], load: 2 }), DEFAULT_WEIGHTS),
    );
    const serve = score.sides['advisor-serves-startup'];
    const fits = score.sides['startup-fits-advisor'];

    expect(score.total).toBeCloseTo((200 * serve * fits) / (serve + fits), 2);
  });

  test('when a programme switches a whole side off, then the total is the other side alone', () => {
    const weights = resolveWeights({ sector: 0, stage: 0, language: 0.5, needs: 0.5, load: 0 }, 0);
    const score = candidateOf(
      scorePair(aStartup(), anAdvisor({ sectors: ['64'], stages: ['scale'] }), weights),
    );

    expect(score.total).toBe(100);
    expect(score.breakdown.filter((line) => line.contribution > 0).map((line) => line.criterion)).toEqual([
      'language',
      'needs',
    ]);
  });

  test('when a programme weighs sector more, then a same-sector advisor overtakes a same-stage one', () => {
    const startup = aStartup({ sector: '10', stage: 'growth' });
    const sameSector = anAdvisor({ sectors: ['10'], stages: ['idea'] });
    const sameStage = anAdvisor({ sectors: ['11'], stages: ['growth'] });
    const stageHeavy = resolveWeights({ sector: 0.1, stage: 0.9, language: 0.2, needs: 0.2, load: 0.1 });
    const sectorHeavy = resolveWeights({ sector: 0.9, stage: 0.1, language: 0.2, needs: 0.2, load: 0.1 });
    const total = (advisor: typeof sameSector, weights: typeof stageHeavy): number =>
      candidateOf(scorePair(startup, advisor, weights)).total;

    expect(total(sameStage, stageHeavy)).toBeGreaterThan(total(sameSector, stageHeavy));
    expect(total(sameSector, sectorHeavy)).toBeGreaterThan(total(sameStage, sectorHeavy));
  });
});
