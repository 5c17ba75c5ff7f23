import type {
  MatchableAdvisor,
  MatchableStartup,
  PairExcluded,
  PairScore,
} from '../../../src/domain/scoring';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

let sequence = 0;
const nextId = (prefix: string): string => `${prefix}-${String(++sequence).padStart(5, '0')}`;

/** A verified food-manufacturing startup in Tripoli asking for mentoring; override what a test is about. */
export const aStartup = (overrides: Partial<Mutable<MatchableStartup>> = {}): MatchableStartup => ({
  startupId: nextId('startup'),
  sector: '10',
  stage: 'prototype',
  languages: [{ code: 'ar', proficiency: 'native' }],
  needs: [{ kind: 'mentoring' }],
  city: 'tripoli',
  ...overrides,
});

/** A verified, idle food-sector mentor speaking Arabic; override what a test is about. */
export const anAdvisor = (overrides: Partial<Mutable<MatchableAdvisor>> = {}): MatchableAdvisor => ({
  advisorId: nextId('advisor'),
  sectors: ['10'],
  stages: ['prototype'],
  languages: [{ code: 'ar', proficiency: 'native' }],
  offers: ['mentoring'],
  capacity: 4,
  load: 0,
  paused: false,
  verification: 'verified',
  ...overrides,
});

/** The scored pair, failing the test when the pair was excluded. */
export const candidateOf = (score: PairScore | PairExcluded): PairScore => {
  if (!score.candidate) throw new Error(`expected a candidate, got ${score.reason}`);
  return score;
};
