export { Pipeline } from './components/pipeline';
export { useChartDirection } from './chart-direction';
