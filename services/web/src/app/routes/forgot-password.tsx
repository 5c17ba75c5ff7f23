import { ForgotPasswordForm } from '../../features/account-email';

export default function Route() {
  return <ForgotPasswordForm />;
}
