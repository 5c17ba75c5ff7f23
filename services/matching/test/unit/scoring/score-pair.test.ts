import fc from 'fast-check';
import { LOCALES } from '@jisr/contracts';
import {
  AdvisorIndex,
  DEFAULT_WEIGHTS,
  explainPair,
  fitOf,
  rankByReference,
  scorePair,
} from '../../../src/domain/scoring';
import { aStartup, anAdvisor, candidateOf } from './pair-builders';

import { advisorArb, startupArb, weightsArb } from './pair-arbitraries';

describe('scorePair', () => {
  test('when the advisor shares no language with the startup, then the pair is excluded and never recommended', () => {
    const startup = aStartup({ languages: [{ code: 'ar', proficiency: 'native' }] });
    const advisor = anAdvisor({
      languages: [
        { code: 'tr', proficiency: 'native' },
        { code: 'en', proficiency: 'fluent' },
      ],
    });
    const index = new AdvisorIndex();
    index.upsert(advisor);

    const score = scorePair(startup, advisor, DEFAULT_WEIGHTS);

    expect(score).toMatchObject({ candidate: false, reason: 'no-shared-language' });
    expect(index.topK(startup, DEFAULT_WEIGHTS, { limit: 10 })).toEqual([]);
    expect(rankByReference(startup, [advisor], DEFAULT_WEIGHTS, { limit: 10 })).toEqual([]);
  });

  test('when the advisor is at full load, then the pair is excluded and never recommended', () => {
    const startup = aStartup();
    const full = anAdvisor({ capacity: 3, load: 3 });
    const index = new AdvisorIndex();
    index.upsert(full);

    expect(scorePair(startup, full, DEFAULT_WEIGHTS)).toMatchObject({ candidate: false, reason: 'full' });
    expect(index.topK(startup, DEFAULT_WEIGHTS, { limit: 10 })).toEqual([]);

    index.setLoad(full.advisorId, 2);
    expect(index.topK(startup, DEFAULT_WEIGHTS, { limit: 10 }).map((r) => r.advisor.advisorId)).toEqual([
      full.advisorId,
    ]);
  });

  test('when the advisor is paused or not verified, then the pair is excluded', () => {
    const startup = aStartup();

    expect(scorePair(startup, anAdvisor({ paused: true }), DEFAULT_WEIGHTS)).toMatchObject({
      reason: 'paused',
    });
    expect(scorePair(startup, anAdvisor({ verification: 'pending' }), DEFAULT_WEIGHTS)).toMatchObject({
      reason: 'unverified',
    });
    expect(scorePair(startup, anAdvisor({ verification: 'rejected' }), DEFAULT_WEIGHTS)).toMatchObject({
      reason: 'unverified',
    });
  });

  test('when the amount sought is outside the ticket range, then the advisor is not an investor match', () => {
    const startup = aStartup({ needs: [{ kind: 'investment', amountUsd: 1_000_000 }] });
    const outside = anAdvisor({ offers: ['investment'], ticket: { minUsd: 50_000, maxUsd: 200_000 } });
    const inside = anAdvisor({ offers: ['investment'], ticket: { minUsd: 500_000, maxUsd: 2_000_000 } });
    const index = new AdvisorIndex();
    [outside, inside].forEach((advisor) => index.upsert(advisor));

    const missed = candidateOf(scorePair(startup, outside, DEFAULT_WEIGHTS));
    const met = candidateOf(scorePair(startup, inside, DEFAULT_WEIGHTS));
    const investors = index.topK(startup, DEFAULT_WEIGHTS, { limit: 10, offer: 'investment' });

    expect(missed.breakdown.find((line) => line.criterion === 'needs')).toMatchObject({
      fit: 0,
      detail: { checks: [{ kind: 'investment', met: false, amountUsd: 1_000_000 }] },
    });
    expect(met.breakdown.find((line) => line.criterion === 'needs')).toMatchObject({ fit: 1 });
    expect(investors.map((r) => r.advisor.advisorId)).toEqual([inside.advisorId]);
    const sentence = explainPair(missed).breakdown.find((line) => line.criterion === 'needs')?.text.en;
    expect(sentence).toBe(
      'The advisor does not offer what the startup needs: investment of USD 1,000,000 (ticket USD 50,000–200,000).',
    );
  });

  test('when any pair is scored with any weights, then its contributions sum exactly to its total', () => {
    fc.assert(
      fc.property(startupArb('s'), advisorArb('a'), weightsArb, (startup, advisor, weights) => {
        const score = scorePair(startup, advisor, weights);
        if (!score.candidate) return;
        const sum = score.breakdown.reduce((total, line) => total + Math.round(line.contribution * 100), 0);
        expect(sum).toBe(score.totalHundredths);
        expect(score.total).toBe(score.totalHundredths / 100);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(100);
        score.breakdown.forEach((line) => expect(line.contribution).toBeGreaterThanOrEqual(0));
      }),
      { numRuns: 500, seed: 4 },
    );
  });

  test('when a pair is explained, then every criterion has a sentence in ar, tr and en', () => {
    fc.assert(
      fc.property(startupArb('s'), advisorArb('a'), (startup, advisor) => {
        const fit = fitOf(startup, advisor, DEFAULT_WEIGHTS);
        if (!fit.candidate) return;
        expect(fit.breakdown.map((line) => line.criterion)).toEqual([
          'sector',
          'stage',
          'language',
          'needs',
          'load',
          'place',
        ]);
        for (const line of fit.breakdown)
          for (const locale of LOCALES) expect(line.text[locale].length).toBeGreaterThan(10);
        expect(fit.breakdown[0]?.text.en).toContain(`ISIC ${startup.sector}`);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  test('when both work in the same division, then the sentence names it in each language', () => {
    const fit = fitOf(aStartup({ sector: '10' }), anAdvisor({ sectors: ['10', '46'] }), DEFAULT_WEIGHTS);

    expect(fit.candidate && fit.breakdown[0]?.text).toEqual({
      en: 'Both work in ISIC 10 — Manufacture of food products.',
      ar: 'تعملان كلاكما في ISIC 10 — صنع المنتجات الغذائية.',
      tr: 'İkiniz de ISIC 10 — Gıda ürünlerinin imalatı alanında çalışıyorsunuz.',
    });
  });

  test('when both are in one city but not at one centre, then the half-fit place sentence says what the other half would take', () => {
    const fit = fitOf(
      aStartup({ city: 'tripoli', centreId: undefined }),
      anAdvisor({ city: 'tripoli', centreId: undefined }),
      DEFAULT_WEIGHTS,
    );
    const place = fit.candidate ? fit.breakdown.find((line) => line.criterion === 'place') : undefined;

    expect(place?.fit).toBe(0.5);
    expect(place?.text).toEqual({
      en: 'Both are based in Tripoli, but not at the same business development centre.',
      ar: 'مقرّكما كلاكما في طرابلس، لكن لستما في مركز تطوير الأعمال نفسه.',
      tr: 'İkiniz de Trablus şehrindesiniz, ancak aynı iş geliştirme merkezinde değilsiniz.',
    });
  });
});
