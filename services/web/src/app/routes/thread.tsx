import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { IntroductionMeetings } from '../../features/meetings';
import { CompleteIntroduction, ThreadView, useThread, type Party } from '../../features/threads';
import { RequireSession } from '../require-session';

function Thread({ threadId, me }: { readonly threadId: string; readonly me: Party }) {
  const { t } = useTranslation('threads');
  const thread = useThread(threadId);
  return (
    <Stack>
      <Anchor component={Link} to="/threads">
        {t('back')}
      </Anchor>
      <ThreadView threadId={threadId} me={me} />
      {thread.data !== undefined && (
        <>
          <IntroductionMeetings introductionId={thread.data.introductionId} role={me} />
          <CompleteIntroduction introductionId={thread.data.introductionId} />
        </>
      )}
    </Stack>
  );
}

/** One conversation, with the introduction's meetings and its completion beside it. */
export default function ThreadRoute() {
  const { threadId = '' } = useParams();
  return (
    <RequireSession roles={['startup', 'advisor']}>
      {(session) => <Thread threadId={threadId} me={session.role === 'advisor' ? 'advisor' : 'startup'} />}
    </RequireSession>
  );
}
