import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  MAX_OPEN_REQUESTS,
  openRequestsOf,
  useRecommendations,
  useRequestIntroduction,
  useStartupIntroductions,
  type MatchFilters,
} from '../api/matches';
import { ExplanationBreakdown, fromMatchingPoints } from './explanation-breakdown';
import { MatchFiltersForm } from './match-filters';
import { RequestForm } from './request-form';

/** The signed-in startup's ranked advisors (matching scores them out of 100), each with why it fits and a way to ask for an introduction. */
export function AdvisorMatches({ startupId }: { readonly startupId: string }) {
  const { t, i18n } = useTranslation('matches');
  const [filters, setFilters] = useState<MatchFilters>({});
  const recommendations = useRecommendations(startupId, filters);
  const introductions = useStartupIntroductions(startupId);
  const request = useRequestIntroduction();
  if (recommendations.isPending || introductions.isPending) return <Text>{t('common:loading')}</Text>;
  if (recommendations.isError) return <ProblemAlert error={recommendations.error} />;
  if (introductions.isError) return <ProblemAlert error={introductions.error} />;
  const open = openRequestsOf(introductions.data.items);
  const requested = new Set(
    introductions.data.items.filter((item) => item.state === 'requested').map((item) => item.advisorId),
  );
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack>
      <Title order={1}>{t('page.title')}</Title>
      <MatchFiltersForm filters={filters} onChange={setFilters} />
      {recommendations.data.items.length === 0 && (
        <Text>{t(Object.values(filters).some(Boolean) ? 'filters.none' : 'page.none')}</Text>
      )}
      {recommendations.data.items.map((advisor, rank) => (
        <Card key={advisor.advisorId} withBorder component="article" aria-label={advisor.displayName}>
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h3">
              {`${rank + 1}. ${advisor.displayName}`}
            </Title>
            {/* The fit never shrinks into an ellipsis beside a long name on a phone. */}
            <Badge size="lg" style={{ flexShrink: 0 }}>
              {t('page.fit', { fit: percent.format(advisor.score / 100) })}
            </Badge>
          </Group>
          <Text size="sm" mb="sm">
            {advisor.organisation}
          </Text>
          <ExplanationBreakdown lines={fromMatchingPoints(advisor.explanation)} />
          {requested.has(advisor.advisorId) ? (
            <Text mt="sm" fw={600}>
              {t('page.requested')}
            </Text>
          ) : (
            <Stack mt="sm">
              <RequestForm
                advisorName={advisor.displayName}
                openRequests={open}
                maxOpenRequests={MAX_OPEN_REQUESTS}
                onSubmit={async (note) => {
                  await request.mutateAsync({ advisorId: advisor.advisorId, note });
                }}
              />
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
