import { MailPreferencesForm } from '../../features/notification-settings';
import { RequireSession } from '../require-session';

/** Startups and advisors choose how each kind of notification email reaches them. */
export default function NotificationSettingsRoute() {
  return <RequireSession roles={['startup', 'advisor']}>{() => <MailPreferencesForm />}</RequireSession>;
}
