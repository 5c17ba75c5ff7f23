import { ProgrammesOverview } from '../../features/console-programmes';

/** The council's programmes and business development centres (inside the console, council only). */
export default function ConsoleProgrammesRoute() {
  return <ProgrammesOverview />;
}
