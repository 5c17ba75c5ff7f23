import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { ExplanationBreakdown, fromMatchingPoints } from '../../matches';
import { useBestStartups } from '../api/best-startups';

/** A mentor's or investor's best-fitting startups, ranked, each with matching's per-criterion reasons. */
export function BestStartups({ advisorId }: { readonly advisorId: string }) {
  const { t, i18n } = useTranslation('bestStartups');
  const ranked = useBestStartups(advisorId, i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      {ranked.isPending && <Text>{t('common:loading')}</Text>}
      {ranked.isError && <ProblemAlert error={ranked.error} />}
      {ranked.data === null && (
        <Alert color="gray.8" variant="outline" role="status">
          {t('notMatchable')}
        </Alert>
      )}
      {ranked.data?.items.length === 0 && <Text>{t('none')}</Text>}
      {ranked.data?.items.map((startup, rank) => (
        <Card key={startup.startupId} withBorder component="article" aria-label={startup.name}>
          <Group justify="space-between" wrap="nowrap" mb="sm">
            <Title order={2} size="h3">
              {`${rank + 1}. ${startup.name}`}
            </Title>
            <Badge size="lg" style={{ flexShrink: 0 }}>
              {t('fit', { fit: percent.format(startup.score / 100) })}
            </Badge>
          </Group>
          <ExplanationBreakdown lines={fromMatchingPoints(startup.explanation)} />
        </Card>
      ))}
    </Stack>
  );
}
