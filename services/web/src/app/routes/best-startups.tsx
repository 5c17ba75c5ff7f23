import { BestStartups } from '../../features/best-startups';
import { RequireSession } from '../require-session';

/** An advisor's best-fitting startups (its account is its advisor id in matching). */
export default function BestStartupsRoute() {
  return (
    <RequireSession roles={['advisor']}>
      {(session) => <BestStartups advisorId={session.accountId} />}
    </RequireSession>
  );
}
