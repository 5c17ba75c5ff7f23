export { ReportPage } from './components/report-page';
export { PrintReport } from './components/print-report';
export { isScope } from './api/reports';
