import { VerifyEmailLanding } from '../../features/account-email';

export default function Route() {
  return <VerifyEmailLanding />;
}
