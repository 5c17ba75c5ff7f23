import { NotificationList } from '../../features/notifications';
import { RequireSession } from '../require-session';

/** What a startup or a mentor should know about, read and unread. */
export default function NotificationsRoute() {
  return <RequireSession roles={['startup', 'advisor']}>{() => <NotificationList />}</RequireSession>;
}
