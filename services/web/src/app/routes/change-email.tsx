import { ChangeEmailForm } from '../../features/account-email';
import { RequireSession } from '../require-session';

export default function Route() {
  return <RequireSession>{() => <ChangeEmailForm />}</RequireSession>;
}
