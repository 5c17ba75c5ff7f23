import type { ExplainedPair, MatchableAdvisor, MatchableStartup } from '../scoring/scoring-types';
import type {
  AdvisorProfile,
  AdvisorRecord,
  StartupProfile,
  StartupRecord,
} from '../read-model/profile-records';
import type { PairFit } from './matcher.port';

// The read model's records in the engine's shapes, and the engine's explained pairs in matching's.

export const toMatchableStartup = (
  record: StartupRecord & { profile: StartupProfile },
): MatchableStartup => ({
  startupId: record.id,
  sector: record.profile.sector,
  stage: record.profile.stage,
  languages: record.profile.languages,
  needs: record.profile.needs,
  city: record.profile.city,
  centreId: record.profile.centreId,
});

export const toMatchableAdvisor = (
  record: AdvisorRecord & { profile: AdvisorProfile },
  load: number,
): MatchableAdvisor => ({
  advisorId: record.id,
  sectors: record.profile.sectors,
  stages: record.profile.stages,
  languages: record.profile.languages,
  offers: record.profile.offers,
  ticket: record.profile.ticket,
  capacity: record.profile.capacity,
  load,
  paused: record.paused,
  verification: record.verification,
  city: record.profile.city,
  centreId: record.profile.centreId,
});

const oneDecimal = (value: number): number => Math.round(value * 1000) / 10;

export const toPairFit = (pair: ExplainedPair): PairFit => ({
  score: pair.total,
  explanation: pair.breakdown.map((line) => ({
    criterion: line.criterion,
    score: oneDecimal(line.fit),
    weight: line.weight,
    contribution: line.contribution,
    text: line.text,
  })),
});
