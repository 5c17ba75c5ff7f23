import { useParams } from 'react-router';
import { NewProgramme, ProgrammePage } from '../../features/console-programmes';

/** One programme to edit (`/console/programmes/new` creates one). */
export default function ConsoleProgrammeRoute() {
  const { programmeId = 'new' } = useParams();
  return programmeId === 'new' ? <NewProgramme /> : <ProgrammePage programmeId={programmeId} />;
}
