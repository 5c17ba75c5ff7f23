import { ReportPage } from '../../features/impact-reports';

export default function ConsoleReportsRoute() {
  return <ReportPage />;
}
