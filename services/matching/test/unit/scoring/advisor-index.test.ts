import fc from 'fast-check';
import { LANGUAGES, OFFERS } from '@jisr/contracts';
import {
  AdvisorIndex,
  DEFAULT_WEIGHTS,
  rankByReference,
  scorePair,
  type AdvisorFilter,
  type MatchableAdvisor,
} from '../../../src/domain/scoring';
import { aStartup, anAdvisor } from './pair-builders';
import { advisorArb, advisorsArb, startupArb, weightsArb } from './pair-arbitraries';

const filterArb: fc.Arbitrary<AdvisorFilter> = fc.record(
  {
    offer: fc.constantFrom(...OFFERS),
    language: fc.constantFrom('ar', 'tr', 'en', 'it', 'fr'),
    centreId: fc.constantFrom('c-tripoli', 'c-misrata', 'c-nowhere'),
  },
  { requiredKeys: [] },
);

const indexOf = (advisors: readonly MatchableAdvisor[]): AdvisorIndex => {
  const index = new AdvisorIndex();
  advisors.forEach((advisor) => index.upsert(advisor));
  return index;
};

describe('AdvisorIndex.topK', () => {
  test('when random advisors, startups, weights and filters are ranked, then the fast engine equals the reference scorer', () => {
    fc.assert(
      fc.property(
        advisorsArb(150),
        startupArb('s'),
        weightsArb,
        filterArb,
        fc.integer({ min: 0, max: 25 }),
        (advisors, startup, weights, filter, limit) => {
          const fast = indexOf(advisors).topK(startup, weights, { ...filter, limit });
          const plain = rankByReference(startup, advisors, weights, { ...filter, limit });

          expect(fast.map((r) => [r.advisor.advisorId, r.totalHundredths])).toEqual(
            plain.map((p) => [p.advisorId, p.totalHundredths]),
          );
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });

  test('when advisors are added, updated, reloaded and removed in any order, then the index still equals the reference', () => {
    const operation = fc.oneof(
      advisorArb('x').map((advisor) => ({ kind: 'upsert' as const, advisor })),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('load' as const), at: fc.nat(), load: fc.integer({ min: 0, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 120 }), startupArb('s'), (operations, startup) => {
        const index = new AdvisorIndex();
        const truth = new Map<string, MatchableAdvisor>();
        operations.forEach((op, i) => {
          const ids = [...truth.keys()].sort();
          if (op.kind === 'upsert') {
            // Reuse an existing id half of the time so updates happen too.
            const advisorId = i % 2 === 0 && ids.length > 0 ? (ids[i % ids.length] ?? 'x') : `adv-${i}`;
            const advisor = { ...op.advisor, advisorId };
            index.upsert(advisor);
            truth.set(advisorId, advisor);
          } else if (ids.length > 0) {
            const advisorId = ids[op.at % ids.length] ?? '';
            if (op.kind === 'remove') {
              expect(index.remove(advisorId)).toBe(true);
              truth.delete(advisorId);
            } else {
              index.setLoad(advisorId, op.load);
              truth.set(advisorId, { ...(truth.get(advisorId) as MatchableAdvisor), load: op.load });
            }
          }
        });

        expect(index.size).toBe(truth.size);
        expect(index.topK(startup, DEFAULT_WEIGHTS, { limit: 30 }).map((r) => r.advisor.advisorId)).toEqual(
          rankByReference(startup, truth.values(), DEFAULT_WEIGHTS, { limit: 30 }).map((p) => p.advisorId),
        );
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  test('when a startup filters by offer, language or centre, then only advisors matching the filter are listed', () => {
    const startup = aStartup({
      languages: [
        { code: 'ar', proficiency: 'native' },
        { code: 'en', proficiency: 'fluent' },
      ],
    });
    const mentor = anAdvisor({ advisorId: 'adv-mentor', offers: ['mentoring'], centreId: 'centre-misrata' });
    const trader = anAdvisor({
      advisorId: 'adv-trader',
      offers: ['market-access'],
      languages: [{ code: 'en', proficiency: 'native' }],
      centreId: 'centre-tripoli',
    });
    const index = indexOf([mentor, trader]);
    const listed = (filter: AdvisorFilter): string[] =>
      index.topK(startup, DEFAULT_WEIGHTS, { ...filter, limit: 10 }).map((r) => r.advisor.advisorId);

    expect(listed({})).toEqual(['adv-mentor', 'adv-trader']);
    expect(listed({ offer: 'market-access' })).toEqual(['adv-trader']);
    expect(listed({ language: 'ar' })).toEqual(['adv-mentor']);
    expect(listed({ centreId: 'centre-tripoli' })).toEqual(['adv-trader']);
    expect(listed({ centreId: 'centre-unknown' })).toEqual([]);
  });

  test('when advisors tie on score, then they are ordered by id whatever the insertion order', () => {
    const ids = ['adv-d', 'adv-b', 'adv-e', 'adv-a', 'adv-c'];
    const index = indexOf(ids.map((advisorId) => anAdvisor({ advisorId })));

    const top = index.topK(aStartup(), DEFAULT_WEIGHTS, { limit: 3 });

    expect(top.map((r) => r.advisor.advisorId)).toEqual(['adv-a', 'adv-b', 'adv-c']);
    expect(new Set(top.map((r) => r.total)).size).toBe(1);
  });

  test('when a startup asks for recommendations, then only the k returned are explained, with the same totals', () => {
    const startup = aStartup();
    const index = indexOf(Array.from({ length: 40 }, (_, i) => anAdvisor({ load: i % 4, capacity: 4 })));

    const top = index.topK(startup, DEFAULT_WEIGHTS, { limit: 5 });
    const explained = index.recommend(startup, DEFAULT_WEIGHTS, { limit: 5 });

    expect(explained.map((pair) => [pair.advisorId, pair.total])).toEqual(
      top.map((r) => [r.advisor.advisorId, r.total]),
    );
    explained.forEach((pair) => expect(pair.breakdown.every((line) => line.text.en.length > 0)).toBe(true));
  });

  test('when advisors speak many different languages, then the index grows its language columns and keeps scores', () => {
    const codes = [...LANGUAGES.filter((code) => code !== 'en'), 'fr', 'de', 'es', 'ru', 'fa', 'ur', 'zh'];
    const advisors = codes.map((code, i) =>
      anAdvisor({
        advisorId: `adv-${code}`,
        load: i % 3,
        languages: [
          { code, proficiency: 'fluent' },
          { code: 'en', proficiency: 'basic' },
        ],
      }),
    );
    const startup = aStartup({
      languages: [
        { code: 'zh', proficiency: 'native' },
        { code: 'en', proficiency: 'fluent' },
      ],
    });

    const top = indexOf(advisors).topK(startup, DEFAULT_WEIGHTS, { limit: codes.length });

    expect(top[0]?.advisor.advisorId).toBe('adv-zh');
    expect(top.map((r) => r.totalHundredths)).toEqual(
      top.map((r) => {
        const score = scorePair(startup, r.advisor, DEFAULT_WEIGHTS);
        return score.candidate ? score.totalHundredths : -1;
      }),
    );
  });

  test('when an advisor is paused, then the index does not rank them until resumed', () => {
    const advisor = anAdvisor();
    const index = indexOf([advisor]);

    index.upsert({ ...advisor, paused: true });
    const whilePaused = index.topK(aStartup(), DEFAULT_WEIGHTS, { limit: 5 });
    index.upsert({ ...advisor, paused: false });

    expect(whilePaused).toEqual([]);
    expect(index.topK(aStartup(), DEFAULT_WEIGHTS, { limit: 5 }).map((r) => r.advisor.advisorId)).toEqual([
      advisor.advisorId,
    ]);
  });
});
