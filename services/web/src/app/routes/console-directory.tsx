import { useParams } from 'react-router';
import { Directory, DirectoryEntry } from '../../features/console';

export default function ConsoleDirectoryRoute() {
  const { kind, id } = useParams();
  if ((kind === 'startup' || kind === 'advisor') && id !== undefined)
    return <DirectoryEntry kind={kind} id={id} />;
  return <Directory />;
}
