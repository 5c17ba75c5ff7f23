export { Pipeline } from './components/pipeline';
