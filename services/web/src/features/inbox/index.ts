export { AdvisorInbox } from './components/advisor-inbox';
