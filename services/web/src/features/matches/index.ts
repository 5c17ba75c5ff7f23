export { AdvisorMatches } from './components/advisor-matches';
export { MyRequests } from './components/my-requests';
export {
  ExplanationBreakdown,
  fromMatchingPoints,
  type ExplanationLine,
} from './components/explanation-breakdown';
export { RequestForm, type RequestFormProps } from './components/request-form';
