export { AwaitingMilestones } from './components/awaiting-milestones';
export { CohortProgress } from './components/cohort-progress';
export { StartupMilestones } from './components/startup-milestones';
