import type { DivisionCode, Proficiency, Stage } from '@jisr/contracts';
import { DEFAULT_WEIGHTS, fitOf, scorePair, type Criterion } from '../../../src/domain/scoring';
import { aStartup, anAdvisor, candidateOf } from './pair-builders';

const fitOn = (criterion: Criterion, score: ReturnType<typeof scorePair>): number =>
  candidateOf(score).breakdown.find((line) => line.criterion === criterion)?.fit ?? Number.NaN;

describe('sector criterion', () => {
  test('when the advisor works in the same division, then it beats same section, related section and none', () => {
    const startup = aStartup({ sector: '10' });
    const sectorFit = (sectors: DivisionCode[]): number =>
      fitOn('sector', scorePair(startup, anAdvisor({ sectors }), DEFAULT_WEIGHTS));

    const division = sectorFit(['10']);
    const section = sectorFit(['11']); // C, beverages
    const related = sectorFit(['01']); // A, agriculture, related to C
    const none = sectorFit(['64']); // K, finance

    expect([division, section, related, none]).toEqual([1, 0.6, 0.25, 0]);
  });

  test('when the sectors are only related, then the sentence names both sections', () => {
    const fit = fitOf(aStartup({ sector: '10' }), anAdvisor({ sectors: ['01'] }), DEFAULT_WEIGHTS);

    expect(fit.candidate && fit.breakdown[0]?.text.en).toBe(
      "The startup's ISIC 10 — Manufacture of food products (section C — Manufacturing) is related to the advisor's " +
        'ISIC 01 — Crop and animal production, hunting and related service activities ' +
        '(section A — Agriculture, forestry and fishing).',
    );
  });
});

describe('stage criterion', () => {
  test('when the advisor supports the exact stage, then it beats a neighbouring stage, which beats a distant one', () => {
    const startup = aStartup({ stage: 'early-revenue' });
    const stageFit = (stages: Stage[]): number =>
      fitOn('stage', scorePair(startup, anAdvisor({ stages }), DEFAULT_WEIGHTS));

    expect(stageFit(['early-revenue', 'scale'])).toBe(1);
    expect(stageFit(['growth'])).toBe(0.5);
    expect(stageFit(['prototype'])).toBe(0.5);
    expect(stageFit(['idea', 'scale'])).toBe(0);
  });
});

describe('language criterion', () => {
  const languageFit = (startupLevel: Proficiency, advisorLevel: Proficiency): number =>
    fitOn(
      'language',
      scorePair(
        aStartup({ languages: [{ code: 'ar', proficiency: startupLevel }] }),
        anAdvisor({ languages: [{ code: 'ar', proficiency: advisorLevel }] }),
        DEFAULT_WEIGHTS,
      ),
    );

  test('when both sides speak the shared language better, then the fit is higher', () => {
    expect(languageFit('native', 'native')).toBeGreaterThan(languageFit('fluent', 'fluent'));
    expect(languageFit('fluent', 'fluent')).toBeGreaterThan(languageFit('conversational', 'conversational'));
  });

  test('when only one side is strong, then the pair fits less than two moderately strong sides', () => {
    expect(languageFit('native', 'basic')).toBeLessThan(languageFit('fluent', 'fluent'));
    expect(languageFit('native', 'basic')).toBe(languageFit('basic', 'native'));
  });

  test('when several languages are shared, then the best shared one counts and is named', () => {
    const fit = fitOf(
      aStartup({
        languages: [
          { code: 'ar', proficiency: 'basic' },
          { code: 'tr', proficiency: 'native' },
        ],
      }),
      anAdvisor({
        languages: [
          { code: 'ar', proficiency: 'native' },
          { code: 'tr', proficiency: 'fluent' },
        ],
      }),
      DEFAULT_WEIGHTS,
    );

    expect(fit.candidate && fit.breakdown[2]?.text).toEqual({
      en: 'Both speak Turkish (startup: native, advisor: fluent).',
      ar: 'تتحدثان كلاكما التركية (الشركة الناشئة: لغة أم، المستشار: بطلاقة).',
      tr: 'İkiniz de Türkçe konuşuyorsunuz (girişim: anadil, danışman: akıcı).',
    });
  });
});

describe('needs criterion', () => {
  test('when the startup needs market access, then advisors offering it fit and others do not', () => {
    const startup = aStartup({ needs: [{ kind: 'market-access' }] });

    expect(
      fitOn('needs', scorePair(startup, anAdvisor({ offers: ['market-access'] }), DEFAULT_WEIGHTS)),
    ).toBe(1);
    expect(fitOn('needs', scorePair(startup, anAdvisor({ offers: ['mentoring'] }), DEFAULT_WEIGHTS))).toBe(0);
  });

  test('when the startup has several needs, then the fit is the share the advisor meets, training aside', () => {
    const startup = aStartup({
      needs: [
        { kind: 'mentoring' },
        { kind: 'partnership' },
        { kind: 'investment', amountUsd: 100_000 },
        { kind: 'training' },
      ],
    });
    const advisor = anAdvisor({
      offers: ['mentoring', 'partnership', 'investment'],
      ticket: { minUsd: 200_000, maxUsd: 900_000 },
    });

    expect(fitOn('needs', scorePair(startup, advisor, DEFAULT_WEIGHTS))).toBeCloseTo(2 / 3, 12);
  });

  test('when the startup seeks investment without an amount, then any investor meets it', () => {
    const startup = aStartup({ needs: [{ kind: 'investment' }] });

    expect(fitOn('needs', scorePair(startup, anAdvisor({ offers: ['investment'] }), DEFAULT_WEIGHTS))).toBe(
      1,
    );
  });
});

describe('load criterion', () => {
  test('when two advisors differ only in load, then the lighter one ranks slightly higher', () => {
    const startup = aStartup();
    const idle = candidateOf(scorePair(startup, anAdvisor({ load: 0, capacity: 4 }), DEFAULT_WEIGHTS));
    const busy = candidateOf(scorePair(startup, anAdvisor({ load: 3, capacity: 4 }), DEFAULT_WEIGHTS));

    expect(idle.total).toBeGreaterThan(busy.total);
    expect(idle.total - busy.total).toBeLessThan(10);
  });
});

describe('place criterion', () => {
  test('when both belong to the same centre, then it beats the same city, which beats neither', () => {
    const startup = aStartup({ city: 'misrata', centreId: 'centre-misrata' });
    const placeFit = (city: string | undefined, centreId: string | undefined): number =>
      fitOn('place', scorePair(startup, anAdvisor({ city, centreId }), DEFAULT_WEIGHTS));

    expect(placeFit('tripoli', 'centre-misrata')).toBe(1);
    expect(placeFit('misrata', undefined)).toBe(0.5);
    expect(placeFit('benghazi', 'centre-benghazi')).toBe(0);
  });
});
