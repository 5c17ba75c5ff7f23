import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { UnreadBadge } from '../../../components/unread-badge';
import { textIn } from '../../../lib/localized';
import { useMarkNotificationsRead, useNotifications, type NotificationItem } from '../api/notifications';

function NotificationCard({ item }: { readonly item: NotificationItem }) {
  const { t, i18n } = useTranslation('notifications');
  const markRead = useMarkNotificationsRead();
  const text = textIn(item.text, i18n.language);
  const unread = item.readAt === null;
  const at = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card
      withBorder
      component="article"
      aria-label={text}
      {...(unread ? { bg: 'var(--mantine-color-jisr-0)' } : {})}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={unread ? 700 : 400}>{text}</Text>
        {unread && <Badge variant="filled">{t('unread')}</Badge>}
      </Group>
      <Text size="sm" c="dimmed">
        <time dateTime={item.createdAt}>{at.format(new Date(item.createdAt))}</time>
      </Text>
      <Group gap="md" mt="xs">
        {item.threadId !== null && (
          <Anchor component={Link} to={`/threads/${item.threadId}`}>
            {t('openThread')}
          </Anchor>
        )}
        {item.meetingId !== null && (
          <Anchor component={Link} to="/meetings">
            {t('openMeetings')}
          </Anchor>
        )}
        {item.invite !== null && (
          <Anchor href={`/api/messaging${item.invite}`} download>
            {t('invite')}
          </Anchor>
        )}
        {unread && (
          <Button
            size="xs"
            variant="default"
            loading={markRead.isPending}
            onClick={() => markRead.mutate([item.id])}
          >
            {t('markRead')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** What the reader should know about (requests, decisions, messages, meetings), newest first. */
export function NotificationList() {
  const { t } = useTranslation('notifications');
  const notifications = useNotifications();
  const markAll = useMarkNotificationsRead();
  if (notifications.isPending) return <Text>{t('common:loading')}</Text>;
  if (notifications.isError) return <ProblemAlert error={notifications.error} />;
  const { items, unreadCount } = notifications.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        {unreadCount > 0 && (
          <Button variant="light" loading={markAll.isPending} onClick={() => markAll.mutate(undefined)}>
            {t('markAllRead')}
          </Button>
        )}
      </Group>
      <Text>{t('unreadCount', { count: unreadCount })}</Text>
      <ProblemAlert error={markAll.error} />
      {items.length === 0 && <Text>{t('empty')}</Text>}
      {items.map((item) => (
        <NotificationCard key={item.id} item={item} />
      ))}
    </Stack>
  );
}

/** The unread count beside "Notifications" in the navigation. */
export function UnreadNotificationsBadge() {
  const { t } = useTranslation('notifications');
  const count = useNotifications().data?.unreadCount ?? 0;
  return <UnreadBadge count={count} label={t('unreadCount', { count })} />;
}
