export { AdvisorProfile } from './components/advisor-profile';
export { StartupProfile } from './components/startup-profile';
