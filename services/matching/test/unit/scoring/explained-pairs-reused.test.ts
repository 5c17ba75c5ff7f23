import { AdvisorIndex, DEFAULT_WEIGHTS, fitOf, resolveWeights } from '../../../src/domain/scoring';
import { lazyText } from '../../../src/domain/scoring/lazy-text';
import { aStartup, anAdvisor } from './pair-builders';

const plain = (pairs: readonly unknown[]): unknown => JSON.parse(JSON.stringify(pairs));

describe('explained pairs reused by the advisor index', () => {
  test('when nothing changed, then a repeated recommendation returns the same pairs, equal to scoring afresh', () => {
    const index = new AdvisorIndex();
    const advisor = anAdvisor();
    index.upsert(advisor);
    const startup = aStartup({ needs: [{ kind: 'investment', amountUsd: 90_000 }, { kind: 'mentoring' }] });

    const first = index.recommend(startup, DEFAULT_WEIGHTS, { limit: 5 });
    const again = index.recommend(startup, DEFAULT_WEIGHTS, { limit: 5 });

    expect(again[0]).toBe(first[0]);
    expect(plain(again)).toEqual(plain([fitOf(startup, advisor, DEFAULT_WEIGHTS)]));
  });

  test('when the advisor load, the weights or the startup change, then the pair is scored again', () => {
    const index = new AdvisorIndex();
    const advisor = anAdvisor({ capacity: 4 });
    index.upsert(advisor);
    const startup = aStartup();
    const [before] = index.recommend(startup, DEFAULT_WEIGHTS, { limit: 1 });

    index.setLoad(advisor.advisorId, 3);
    const [loaded] = index.recommend(startup, DEFAULT_WEIGHTS, { limit: 1 });
    const weights = resolveWeights({ sector: 0.6, stage: 0.1, language: 0.1, needs: 0.1, load: 0.1 });
    const [reweighted] = index.recommend(startup, weights, { limit: 1 });
    const [moved] = index.recommend({ ...startup, stage: 'growth' }, weights, { limit: 1 });

    expect(loaded).not.toBe(before);
    expect(loaded?.breakdown.find((line) => line.criterion === 'load')?.text.en).toContain('1 of 4');
    expect(plain([reweighted!])).toEqual(plain([fitOf(startup, { ...advisor, load: 3 }, weights)]));
    expect(moved).not.toBe(reweighted);
  });
});

describe('lazyText', () => {
  test('when one language is read, then only that one is built, and JSON and spreads still see all three', () => {
    const built: string[] = [];
    const text = lazyText((l) => {
      built.push(l);
      return `sentence in ${l}`;
    });

    expect(text.tr).toBe('sentence in tr');
    expect(text.tr).toBe('sentence in tr');
    expect(built).toEqual(['tr']);
    expect(JSON.parse(JSON.stringify(text))).toEqual({
      ar: 'sentence in ar',
      tr: 'sentence in tr',
      en: 'sentence in en',
    });
    expect({ ...text }).toEqual({ ar: 'sentence in ar', tr: 'sentence in tr', en: 'sentence in en' });
    expect(built).toEqual(['tr', 'ar', 'en']);
  });
});
