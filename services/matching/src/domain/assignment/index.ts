// Cohort rounds: the exact optimal assignment of a cohort's startups to advisors, with its certificate.
export * from './assignment-types';
export {
  assignCohort,
  finishCohort,
  prepareCohort,
  runToEnd,
  solveCohort,
  type CohortRequest,
  type PreparedCohort,
} from './assign-cohort';
export { buildCohortGraph, type CohortGraphOptions } from './cohort-candidates';
export { graphFromCandidates, type CohortGraph } from './cohort-graph';
export { checkCertificate } from './certificate';
export { solveOnFullGraph, type FullGraphOptimum } from './column-generation';
export type { FullGraphInput } from './full-graph-input';
export { assignGreedily } from './greedy-assignment';
