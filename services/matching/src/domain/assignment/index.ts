// Cohort rounds: the exact optimal assignment of a cohort's startups to advisors.
export * from './assignment-types';
export { assignCohort } from './assign-cohort';
export { cohortCandidates, type CohortCandidateOptions } from './cohort-candidates';
export { assignGreedily } from './greedy-assignment';
export { FlowNetwork, routeUnits } from './min-cost-flow';
