import { Pipeline } from '../../features/council-pipeline';

export default function ConsolePipelineRoute() {
  return <Pipeline />;
}
