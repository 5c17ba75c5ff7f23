import fc from 'fast-check';
import { PROFICIENCIES, STAGES, type DivisionCode } from '@jisr/contracts';
import {
  resolveWeights,
  type MatchableAdvisor,
  type MatchableStartup,
  type Weights,
} from '../../../src/domain/scoring';

// Small value pools so random pairs hit every case: same division, same section, related, none; ties.
const DIVISIONS: readonly DivisionCode[] = [
  '01',
  '10',
  '11',
  '35',
  '41',
  '42',
  '46',
  '47',
  '49',
  '62',
  '63',
  '64',
  '71',
];
const LANGUAGE_CODES = ['ar', 'tr', 'en', 'it'] as const;
const CITIES = ['tripoli', 'benghazi', 'misrata'] as const;
const CENTRES = ['c-tripoli', 'c-misrata'] as const;

const skills = fc.uniqueArray(
  fc.record({ code: fc.constantFrom(...LANGUAGE_CODES), proficiency: fc.constantFrom(...PROFICIENCIES) }),
  { minLength: 1, maxLength: 3, selector: (skill) => skill.code },
);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

export const startupArb = (id: string): fc.Arbitrary<MatchableStartup> =>
  fc.record({
    startupId: fc.constant(id),
    sector: fc.constantFrom(...DIVISIONS),
    stage: fc.constantFrom(...STAGES),
    languages: skills,
    needs: fc.uniqueArray(
      fc.record({
        kind: fc.constantFrom('mentoring', 'investment', 'market-access', 'partnership', 'training' as const),
        amountUsd: optional(fc.integer({ min: 10_000, max: 2_000_000 })),
      }),
      { maxLength: 4, selector: (need) => need.kind },
    ),
    city: optional(fc.constantFrom(...CITIES)),
    centreId: optional(fc.constantFrom(...CENTRES)),
  });

export const advisorArb = (id: string): fc.Arbitrary<MatchableAdvisor> =>
  fc.record({
    advisorId: fc.constant(id),
    sectors: fc.uniqueArray(fc.constantFrom(...DIVISIONS), { minLength: 1, maxLength: 3 }),
    stages: fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 3 }),
    languages: skills,
    offers: fc.uniqueArray(
      fc.constantFrom('mentoring', 'investment', 'market-access', 'partnership' as const),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    ticket: optional(
      fc
        .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }))
        .map(([a, b]) => ({
          minUsd: Math.min(a, b),
          maxUsd: Math.max(a, b),
        })),
    ),
    capacity: fc.integer({ min: 0, max: 5 }),
    load: fc.integer({ min: 0, max: 5 }),
    paused: fc.constantFrom(false, false, false, true),
    verification: fc.constantFrom('verified', 'verified', 'verified', 'pending' as const),
    city: optional(fc.constantFrom(...CITIES)),
    centreId: optional(fc.constantFrom(...CENTRES)),
  });

/** Random programme weights; sometimes a whole side is switched off. */
export const weightsArb: fc.Arbitrary<Weights> = fc
  .record({
    sector: fc.double({ min: 0, max: 1, noNaN: true }),
    stage: fc.double({ min: 0, max: 1, noNaN: true }),
    language: fc.double({ min: 0, max: 1, noNaN: true }),
    needs: fc.double({ min: 0, max: 1, noNaN: true }),
    load: fc.double({ min: 0, max: 1, noNaN: true }),
    place: fc.double({ min: 0, max: 0.2, noNaN: true }),
  })
  .map(({ place, ...programme }) => resolveWeights(programme, place));

/** Up to `max` (< 1000) advisors with distinct ids that do not follow insertion order, so id tie-breaks are exercised. */
export const advisorsArb = (max: number): fc.Arbitrary<MatchableAdvisor[]> =>
  fc
    .array(advisorArb('adv'), { maxLength: max })
    .map((advisors) =>
      advisors.map((a, i) => ({ ...a, advisorId: `adv-${String((i * 7919) % 1000).padStart(3, '0')}` })),
    );
