import { AuditPage } from '../../features/console-audit';

/** The audit trail (inside the console, admins and observers). */
export default function ConsoleAuditRoute() {
  return <AuditPage />;
}
