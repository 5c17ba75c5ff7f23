import { ThreadList } from '../../features/threads';
import { RequireSession } from '../require-session';

/** Every conversation of a startup or a mentor. */
export default function ThreadsRoute() {
  return (
    <RequireSession roles={['startup', 'advisor']}>
      {(session) => <ThreadList me={session.role === 'advisor' ? 'advisor' : 'startup'} />}
    </RequireSession>
  );
}
