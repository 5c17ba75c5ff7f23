import { useParams } from 'react-router';
import { isScope, PrintReport } from '../../features/impact-reports';

/** `/print/reports/:scope/:id`: the report alone, as the BFF prints it to PDF. */
export default function PrintReportRoute() {
  const { scope, id } = useParams();
  if (!isScope(scope) || id === undefined) return <div data-print-failed="true" />;
  return <PrintReport scope={scope} id={id} />;
}
