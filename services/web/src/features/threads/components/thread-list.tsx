import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { textIn } from '../../../lib/localized';
import { useThreads, useUnreadMessages } from '../api/threads';
import { UnreadCount } from './unread-messages-badge';

export type Party = 'startup' | 'advisor';
export const otherParty = (me: Party): Party => (me === 'startup' ? 'advisor' : 'startup');

/** Every conversation of the reader, the other party's name first, unread ones marked. */
export function ThreadList({ me }: { readonly me: Party }) {
  const { t, i18n } = useTranslation('threads');
  const threads = useThreads();
  if (threads.isPending) return <Text>{t('common:loading')}</Text>;
  if (threads.isError) return <ProblemAlert error={threads.error} />;
  const at = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      {threads.data.items.length === 0 && <Text>{t('empty')}</Text>}
      {threads.data.items.map((thread) => {
        const name = textIn(thread.participants[otherParty(me)].name, i18n.language, t('deletedUser'));
        return (
          <Card key={thread.id} withBorder component="article" aria-label={name}>
            <Group justify="space-between" wrap="nowrap">
              <Text component={Link} to={`/threads/${thread.id}`} fw={700} td="underline">
                {name}
              </Text>
              <UnreadCount count={thread.unreadCount ?? 0} />
            </Group>
            <Text size="sm" c="dimmed">
              {thread.lastMessageAt === null || thread.lastMessageAt === undefined
                ? t('noMessages')
                : t('lastMessage', { when: at.format(new Date(thread.lastMessageAt)) })}
              {thread.status === 'closed' && ` · ${t('closed')}`}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}

/** The unread count beside "Conversations" in the navigation. */
export function UnreadMessagesBadge() {
  return <UnreadCount count={useUnreadMessages()} />;
}
