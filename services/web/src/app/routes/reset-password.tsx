import { ResetPasswordForm } from '../../features/account-email';

export default function Route() {
  return <ResetPasswordForm />;
}
