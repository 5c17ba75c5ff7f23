export { BestStartups } from './components/best-startups';
