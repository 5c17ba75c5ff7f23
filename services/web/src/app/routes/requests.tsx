import { MyRequests } from '../../features/matches';
import { RequireSession } from '../require-session';

/** A startup's introduction requests (its account is its startup id in matching). */
export default function RequestsRoute() {
  return (
    <RequireSession roles={['startup']}>
      {(session) => <MyRequests startupId={session.accountId} />}
    </RequireSession>
  );
}
