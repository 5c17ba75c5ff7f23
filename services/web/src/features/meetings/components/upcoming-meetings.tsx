import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useUpcomingMeetings } from '../api/meetings';
import { MeetingControls } from './meeting-controls';
import { zonedTime } from './zoned-time';

/** Both sides' upcoming meetings: each time in the reader's zone and the other side's. */
export function UpcomingMeetings({ role }: { readonly role: 'startup' | 'advisor' }) {
  const { t, i18n } = useTranslation('meetings');
  const meetings = useUpcomingMeetings();
  if (meetings.isPending) return <Text>{t('common:loading')}</Text>;
  if (meetings.isError) return <ProblemAlert error={meetings.error} />;
  const other = role === 'startup' ? 'advisor' : 'startup';
  return (
    <Stack>
      <Title order={2}>{t('upcoming.title')}</Title>
      {meetings.data.items.length === 0 && <Text>{t('upcoming.none')}</Text>}
      {meetings.data.items.map((m) => (
        <Card key={m.id} withBorder component="article" aria-label={m.agenda}>
          <Text fw={600}>{zonedTime(m.startsAt, m.timeZones[role], i18n.language)}</Text>
          <Text size="sm">
            {`${t('upcoming.theirTime')}: ${zonedTime(m.startsAt, m.timeZones[other], i18n.language)}`}
          </Text>
          <Text>{m.agenda}</Text>
          <Text size="sm">{m.place.kind === 'online' ? m.place.url : m.place.centre}</Text>
          <Anchor href={`/api/messaging${m.invite}`} download>
            {t('upcoming.invite')}
          </Anchor>
          <MeetingControls meeting={m} role={role} />
        </Card>
      ))}
    </Stack>
  );
}
