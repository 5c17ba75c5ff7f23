import { ApprovalsPage } from '../../features/console-approvals';

/** Four-eyes requests of other staff waiting for my decision (inside the console, staff only). */
export default function ConsoleApprovalsRoute() {
  return <ApprovalsPage />;
}
