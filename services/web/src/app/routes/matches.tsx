import { AdvisorMatches } from '../../features/matches';
import { RequireSession } from '../require-session';

/** A startup's ranked mentors and investors (its account is its startup id in matching). */
export default function MatchesRoute() {
  return (
    <RequireSession roles={['startup']}>
      {(session) => <AdvisorMatches startupId={session.accountId} />}
    </RequireSession>
  );
}
