export { AttendancePage } from './components/attendance-page';
export { CertificatePage } from './components/certificate-page';
export { TrainingPage } from './components/training-page';
