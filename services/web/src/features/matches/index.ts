export { AdvisorMatches } from './components/advisor-matches';
export { ExplanationBreakdown, type ExplanationLine } from './components/explanation-breakdown';
export { RequestForm, type RequestFormProps } from './components/request-form';
