import { VerificationQueue } from '../../features/console';

export default function ConsoleVerificationRoute() {
  return <VerificationQueue />;
}
