import { AwaitingMilestones } from '../../features/milestones';

/** A centre coordinator confirms (or sends back) the milestones claimed by their centres' startups. */
export default function ConsoleMilestonesRoute() {
  return <AwaitingMilestones audience="coordinator" />;
}
