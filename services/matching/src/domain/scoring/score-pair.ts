import { combine } from './combine';
import { scoreLanguage, scoreLoad, scoreNeeds, scorePlace, scoreSector, scoreStage } from './criteria';
import {
  SIDE_OF,
  type CriterionScore,
  type Exclusion,
  type MatchableAdvisor,
  type MatchableStartup,
  type PairExcluded,
  type PairScore,
  type Weights,
} from './scoring-types';

/** Why an advisor can never be recommended to this startup, or null when they may be. */
export function exclusionOf(startup: MatchableStartup, advisor: MatchableAdvisor): Exclusion | null {
  if (advisor.verification !== 'verified') return 'unverified';
  if (advisor.paused) return 'paused';
  if (advisor.load >= advisor.capacity) return 'full';
  const shared = startup.languages.some((own) =>
    advisor.languages.some((theirs) => theirs.code === own.code),
  );
  return shared ? null : 'no-shared-language';
}

/**
 * The reference scorer: plain, readable, one pair at a time. The fast index must agree with it
 * exactly (a property test holds them together).
 */
export function scorePair(
  startup: MatchableStartup,
  advisor: MatchableAdvisor,
  weights: Weights,
): PairScore | PairExcluded {
  const ids = { startupId: startup.startupId, advisorId: advisor.advisorId };
  const excluded = exclusionOf(startup, advisor);
  const language = scoreLanguage(startup, advisor);
  if (excluded !== null || language === null) {
    return { candidate: false, ...ids, reason: excluded ?? 'no-shared-language' };
  }
  const sector = scoreSector(startup, advisor);
  const stage = scoreStage(startup, advisor);
  const needs = scoreNeeds(startup, advisor);
  const load = scoreLoad(advisor);
  const place = scorePlace(startup, advisor);
  const combined = combine(
    {
      sector: sector.fit,
      stage: stage.fit,
      language: language.fit,
      needs: needs.fit,
      load: load.fit,
      place: place.fit,
    },
    weights,
  );
  const line = <C extends CriterionScore['criterion']>(criterion: C, fit: number) => ({
    side: SIDE_OF[criterion],
    weight: weights[criterion],
    fit,
    contribution: combined.contributions[criterion] / 100,
  });
  const breakdown: CriterionScore[] = [
    { criterion: 'sector', detail: sector.detail, ...line('sector', sector.fit) },
    { criterion: 'stage', detail: stage.detail, ...line('stage', stage.fit) },
    { criterion: 'language', detail: language.detail, ...line('language', language.fit) },
    { criterion: 'needs', detail: needs.detail, ...line('needs', needs.fit) },
    { criterion: 'load', detail: load.detail, ...line('load', load.fit) },
    { criterion: 'place', detail: place.detail, ...line('place', place.fit) },
  ];
  return {
    candidate: true,
    ...ids,
    total: combined.totalHundredths / 100,
    totalHundredths: combined.totalHundredths,
    sides: combined.sides,
    breakdown,
  };
}
