import { useParams } from 'react-router';
import { SlotPicker } from '../../features/meetings';
import { RequireSession } from '../require-session';

/** The startup (or advisor) picks a free slot of an accepted introduction. */
export default function BookMeetingRoute() {
  const { introductionId = '' } = useParams();
  return (
    <RequireSession roles={['startup', 'advisor']}>
      {() => <SlotPicker introductionId={introductionId} />}
    </RequireSession>
  );
}
