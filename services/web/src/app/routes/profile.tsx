import { AdvisorProfile, StartupProfile } from '../../features/profiles';
import { RequireSession } from '../require-session';

/** `/profile`: each person's own profile (the account id is the profile id). */
export default function ProfileRoute() {
  return (
    <RequireSession roles={['startup', 'advisor']}>
      {(session) =>
        session.role === 'advisor' ? (
          <AdvisorProfile advisorId={session.accountId} />
        ) : (
          <StartupProfile startupId={session.accountId} />
        )
      }
    </RequireSession>
  );
}
