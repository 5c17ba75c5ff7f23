export { StartupProfile } from './components/startup-profile';
