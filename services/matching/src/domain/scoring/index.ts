// The pure matching domain: reference scorer, explanations, fast index, fair exposure.
export * from './scoring-types';
export { DEFAULT_PLACE_WEIGHT, DEFAULT_WEIGHTS, resolveWeights } from './weights';
export { exclusionOf, scorePair } from './score-pair';
export { explainPair, fitOf } from './explain-pair';
export { AdvisorIndex, type RankedAdvisor } from './advisor-index';
export type { AdvisorFilter, TopKQuery } from './scan-top-k';
export { byRank, passesFilter, rankByReference } from './rank-by-reference';
export { ExposureLedger, type ExposurePolicy } from './exposure-ledger';
export { recommendFairly } from './recommend-fairly';
