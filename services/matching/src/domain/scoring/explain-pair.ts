import type { LocalizedText } from '@jisr/contracts';
import { lazyText } from './lazy-text';
import { loadSentence, needsSentenceIn, placeSentence } from './offer-sentences';
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
      return lazyText((l) => needsSentenceIn(line.detail, l));
    case 'load':
      return loadSentence(line.detail);
    case 'place':
      return placeSentence(line.detail);
  }
}

/**
 * A key for sentences worth sharing: those whose details take few values (the same division pair,
 * stage, language levels, places free, city) recur across pairs and are built once. Needs quote
 * amounts and tickets, which rarely repeat, so caching them would only churn memory: their sentence
 * is built lazily instead, in the languages actually read.
 */
function sentenceKey(line: CriterionDetail): string | null {
  switch (line.criterion) {
    case 'sector': {
      const d = line.detail;
      return d.kind === 'division' || d.kind === 'none'
        ? `s|${d.kind}|${d.division}`
        : `s|${d.kind}|${d.division}|${d.advisorDivision}`;
    }
    case 'stage': {
      const d = line.detail;
      return `t|${d.kind}|${d.stage}|${d.kind === 'neighbour' ? d.advisorStage : d.kind === 'none' ? d.advisorStages.join(',') : ''}`;
    }
    case 'language':
      return `l|${line.detail.code}|${line.detail.startup}|${line.detail.advisor}`;
    case 'load':
      return `o|${line.detail.load}|${line.detail.capacity}`;
    case 'place':
      return line.detail.kind === 'city' ? `p|city|${line.detail.city}` : `p|${line.detail.kind}`;
    case 'needs':
      return null;
  }
}

const SENTENCE_CACHE_LIMIT = 20_000;
const sentences = new Map<string, LocalizedText>();

function cachedSentence(line: CriterionDetail): LocalizedText {
  const key = sentenceKey(line);
  if (key === null) return sentenceFor(line);
  let text = sentences.get(key);
  if (text === undefined) {
    // Bounded by the few values above; emptied outright in the unlikely case it fills.
    if (sentences.size >= SENTENCE_CACHE_LIMIT) sentences.clear();
    text = Object.freeze(sentenceFor(line));
    sentences.set(key, text);
  }
  return text;
}

/** Adds one sentence per criterion in ar, tr and en. Kept apart from scoring so ranking never formats text. */
export function explainPair(score: PairScore): ExplainedPair {
  // Object.assign rather than spread: on Node 20 the spread sites here got pretenured by V8, which
  // kept every short-lived pair alive until a full GC and made young collections 5x slower.
  const breakdown = score.breakdown.map((line) => Object.assign({}, line, { text: cachedSentence(line) }));
  return Object.assign({}, score, { breakdown });
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
