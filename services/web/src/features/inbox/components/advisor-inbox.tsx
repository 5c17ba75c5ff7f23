import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import type { Language } from '../../../lib/languages';
import { useInbox, type InboxItem } from '../api/inbox';
import { DeadlineCountdown } from './deadline-countdown';
import { InboxDecision } from './inbox-decision';

// Only these still wait for the advisor's decision; the rest is history.
const AWAITING: ReadonlySet<InboxItem['status']> = new Set(['requested', 'info-requested']);

const nameIn = (name: InboxItem['startup']['name'], language: string): string =>
  name === null ? '—' : name[language as Language] || name.en;

/** The advisor's introduction requests awaiting an answer, each with its deadline and the decision. */
export function AdvisorInbox() {
  const { t, i18n } = useTranslation('inbox');
  const inbox = useInbox();
  if (inbox.isPending) return <Text>{t('common:loading')}</Text>;
  if (inbox.isError) return <ProblemAlert error={inbox.error} />;
  const awaiting = inbox.data.items.filter((item) => AWAITING.has(item.status));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      {awaiting.length === 0 && <Text>{t('empty')}</Text>}
      {awaiting.map((item) => {
        const name = nameIn(item.startup.name, i18n.language);
        return (
          <Card key={item.id} withBorder component="article" aria-label={name}>
            <Group justify="space-between" wrap="nowrap">
              <Title order={2} size="h3">
                {name}
              </Title>
              <Badge size="lg" style={{ flexShrink: 0 }}>
                {t('fit', { fit: percent.format(item.score / 100) })}
              </Badge>
            </Group>
            {item.deadlineAt !== null && <DeadlineCountdown deadlineAt={item.deadlineAt} />}
            <Text my="sm">{item.note}</Text>
            {item.info.map((info) => (
              <Text key={info.askedAt} size="sm">
                {`${t('asked')}: ${info.question}`}
                {info.answer !== null && ` — ${info.answer}`}
              </Text>
            ))}
            {item.status === 'info-requested' && <Badge variant="outline">{t('waitingForInfo')}</Badge>}
            <InboxDecision introductionId={item.id} canAsk={item.status === 'requested'} />
          </Card>
        );
      })}
    </Stack>
  );
}
