import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { OPEN_STATES, useStartupIntroductions, useWithdrawRequest } from '../api/matches';
import { RequestTimeline } from './request-timeline';

/** The startup's introduction requests with their state; open ones can be withdrawn. */
export function MyRequests({ startupId }: { readonly startupId: string }) {
  const { t, i18n } = useTranslation('matches');
  const introductions = useStartupIntroductions(startupId);
  const withdraw = useWithdrawRequest();
  if (introductions.isPending) return <Text>{t('common:loading')}</Text>;
  if (introductions.isError) return <ProblemAlert error={introductions.error} />;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <Stack>
      <Title order={1}>{t('requests.title')}</Title>
      <ProblemAlert error={withdraw.error} />
      {introductions.data.items.length === 0 && <Text>{t('requests.none')}</Text>}
      {introductions.data.items.map((item) => (
        <Card key={item.introductionId} withBorder component="article" aria-label={item.note}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('requests.sent', { date: date.format(new Date(item.requestedAt)) })}</Text>
            <Badge>{t(`requests.state.${item.state}`)}</Badge>
          </Group>
          <Text my="sm">{item.note}</Text>
          <RequestTimeline request={item} />
          {OPEN_STATES.has(item.state) && (
            <Button
              variant="outline"
              color="red"
              loading={withdraw.isPending && withdraw.variables === item.introductionId}
              onClick={() => withdraw.mutate(item.introductionId)}
            >
              {t('requests.withdraw')}
            </Button>
          )}
        </Card>
      ))}
    </Stack>
  );
}
