import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useIntroductionMeetings } from '../api/meeting-changes';
import { MeetingControls } from './meeting-controls';
import { zonedTime } from './zoned-time';

/** Every meeting of one introduction, past ones too, with their controls; the startup can book another. */
export function IntroductionMeetings({
  introductionId,
  role,
}: {
  readonly introductionId: string;
  readonly role: 'startup' | 'advisor';
}) {
  const { t, i18n } = useTranslation('meetingControls');
  const meetings = useIntroductionMeetings(introductionId);
  if (meetings.isPending) return null;
  if (meetings.isError) return <ProblemAlert error={meetings.error} />;
  return (
    <Stack component="section" aria-label={t('ofIntroduction')} gap="xs">
      <Title order={2} size="h4">
        {t('ofIntroduction')}
      </Title>
      {meetings.data.items.length === 0 && <Text>{t('noneYet')}</Text>}
      {meetings.data.items.map((m) => (
        <Card key={m.id} withBorder component="article" aria-label={m.agenda}>
          <Text fw={600}>{zonedTime(m.startsAt, m.timeZones[role], i18n.language)}</Text>
          <Text dir="auto">{m.agenda}</Text>
          <MeetingControls meeting={m} role={role} />
        </Card>
      ))}
      {role === 'startup' && (
        <Anchor component={Link} to={`/introductions/${introductionId}/meeting`}>
          {t('book')}
        </Anchor>
      )}
    </Stack>
  );
}
