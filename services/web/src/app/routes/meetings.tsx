import { Stack } from '@mantine/core';
import { OfficeHoursForm, UpcomingMeetings } from '../../features/meetings';
import { RequireSession } from '../require-session';

/** Both sides' upcoming meetings; advisors also keep their office hours here. */
export default function MeetingsRoute() {
  return (
    <RequireSession roles={['startup', 'advisor']}>
      {(session) => (
        <Stack>
          <UpcomingMeetings role={session.role === 'advisor' ? 'advisor' : 'startup'} />
          {session.role === 'advisor' && <OfficeHoursForm />}
        </Stack>
      )}
    </RequireSession>
  );
}
