import { AccountPrivacy } from '../../features/account';
import { RequireSession } from '../require-session';

export default function AccountRoute() {
  return <RequireSession>{(session) => <AccountPrivacy accountId={session.accountId} />}</RequireSession>;
}
