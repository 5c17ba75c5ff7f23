import { CohortProgress } from '../../features/milestones';

/** The console's cohort progress: milestones reached and confirmed per cohort and phase. */
export default function ConsoleProgressRoute() {
  return <CohortProgress />;
}
