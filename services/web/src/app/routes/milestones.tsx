import { StartupMilestones } from '../../features/milestones';
import { RequireSession } from '../require-session';

/** A startup's milestones: claim one with evidence, see whether it was confirmed. */
export default function MilestonesRoute() {
  return (
    <RequireSession roles={['startup']}>
      {(session) => <StartupMilestones startupId={session.accountId} />}
    </RequireSession>
  );
}
