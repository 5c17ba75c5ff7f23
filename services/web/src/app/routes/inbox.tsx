import { AdvisorInbox } from '../../features/inbox';
import { RequireSession } from '../require-session';

/** An advisor's introduction requests awaiting a decision. */
export default function InboxRoute() {
  return <RequireSession roles={['advisor']}>{() => <AdvisorInbox />}</RequireSession>;
}
