export { CheckInPage } from './components/check-in-page';
