import { TrainingPage } from '../../features/training';
import { RequireSession } from '../require-session';

/** A startup's training: sessions of its programme, check-in and certificates. */
export default function TrainingRoute() {
  return <RequireSession roles={['startup']}>{() => <TrainingPage />}</RequireSession>;
}
