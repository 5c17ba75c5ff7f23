import { CheckInPage } from '../../features/outcomes';
import { RequireSession } from '../require-session';

/** A startup's quarterly outcome check-in and its history. */
export default function CheckInRoute() {
  return (
    <RequireSession roles={['startup']}>
      {(session) => <CheckInPage startupId={session.accountId} />}
    </RequireSession>
  );
}
