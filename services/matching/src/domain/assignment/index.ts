// Cohort rounds: the exact optimal assignment of a cohort's startups to advisors, with its certificate.
export * from './assignment-types';
export { assignCohort, runToEnd, solveCohort, type CohortRequest } from './assign-cohort';
export { buildCohortGraph, type CohortGraphOptions } from './cohort-candidates';
export { graphFromCandidates, type CohortGraph } from './cohort-graph';
export { checkCertificate } from './certificate';
export { assignGreedily } from './greedy-assignment';
