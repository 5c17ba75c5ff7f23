import { CohortRounds } from '../../features/console-rounds';

/** The council's cohort matching rounds (inside the console, council only). */
export default function ConsoleRoundsRoute() {
  return <CohortRounds />;
}
