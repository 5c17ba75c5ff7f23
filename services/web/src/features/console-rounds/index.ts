export { CohortRounds } from './components/cohort-rounds';
