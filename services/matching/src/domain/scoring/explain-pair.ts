import type { LocalizedText } from '@jisr/contracts';
import { loadSentence, needsSentence, placeSentence } from './offer-sentences';
import { languageSentence, sectorSentence, stageSentence } from './profile-sentences';
import { scorePair } from './score-pair';
import type {
  CriterionDetail,
  ExplainedPair,
  MatchableAdvisor,
  MatchableStartup,
  PairExcluded,
  PairScore,
  Weights,
} from './scoring-types';

function sentenceFor(line: CriterionDetail): LocalizedText {
  switch (line.criterion) {
    case 'sector':
      return sectorSentence(line.detail);
    case 'stage':
      return stageSentence(line.detail);
    case 'language':
      return languageSentence(line.detail);
    case 'needs':
      return needsSentence(line.detail);
    case 'load':
      return loadSentence(line.detail);
    case 'place':
      return placeSentence(line.detail);
  }
}

/** Adds one sentence per criterion in ar, tr and en. Kept apart from scoring so ranking never formats text. */
export function explainPair(score: PairScore): ExplainedPair {
  return { ...score, breakdown: score.breakdown.map((line) => ({ ...line, text: sentenceFor(line) })) };
}

/** Score and explain one pair: what the service shows for a single advisor or stores on a request. */
export function fitOf(
  startup: MatchableStartup,
  advisor: MatchableAdvisor,
  weights: Weights,
): ExplainedPair | PairExcluded {
  const score = scorePair(startup, advisor, weights);
  return score.candidate ? explainPair(score) : score;
}
