import { AwaitingMilestones } from '../../features/milestones';
import { RequireSession } from '../require-session';

/** A mentor confirms (or sends back) the milestones their startups claimed. */
export default function MenteeMilestonesRoute() {
  return <RequireSession roles={['advisor']}>{() => <AwaitingMilestones />}</RequireSession>;
}
