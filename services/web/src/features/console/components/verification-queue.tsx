import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useVerificationQueue, type AdvisorView, type StartupView } from '../api/verification';
import { DecisionForm } from './decision-form';
import { HeldChange } from './held-change';
import { AdvisorFacts, StartupFacts } from './profile-facts';

type Page<T> = { items: T[]; nextCursor: string | null };

function QueueSection<T>({
  title,
  query,
  children,
}: {
  title: string;
  query: UseQueryResult<Page<T>>;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation('console');
  const items = query.data?.items ?? [];
  return (
    <Stack component="section" gap="sm" aria-label={title}>
      <Group gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {query.data !== undefined && <Badge variant="light">{items.length}</Badge>}
      </Group>
      {query.isPending && <Loader size="sm" aria-label={t('loading')} />}
      <ProblemAlert error={query.error} />
      {query.data !== undefined && items.length === 0 && <Text c="dimmed">{t('queue.empty')}</Text>}
      {items.map(children)}
    </Stack>
  );
}

function QueueCard({ name, to, children }: { name: string; to: string; children: ReactNode }) {
  return (
    <Card component="article" withBorder aria-label={name} padding="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          <Anchor component={Link} to={to}>
            {name}
          </Anchor>
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** Everything waiting for the council's decision, with what it would approve. */
export function VerificationQueue() {
  const { t } = useTranslation('console');
  const { startups, advisors, changes } = useVerificationQueue();
  return (
    <Stack gap="xl">
      <Title order={2} size="h3">
        {t('queue.title')}
      </Title>
      <QueueSection<StartupView> title={t('queue.startups')} query={startups}>
        {(startup) => (
          <QueueCard
            key={startup.startupId}
            name={startup.name.latin}
            to={`/console/directory/startup/${startup.startupId}`}
          >
            <StartupFacts startup={startup} />
            <DecisionForm kind="startup" id={startup.startupId} />
          </QueueCard>
        )}
      </QueueSection>
      <QueueSection<AdvisorView> title={t('queue.advisors')} query={advisors}>
        {(advisor) => (
          <QueueCard
            key={advisor.advisorId}
            name={advisor.displayName}
            to={`/console/directory/advisor/${advisor.advisorId}`}
          >
            <AdvisorFacts advisor={advisor} />
            <DecisionForm kind="advisor" id={advisor.advisorId} />
          </QueueCard>
        )}
      </QueueSection>
      <QueueSection<AdvisorView> title={t('queue.changes')} query={changes}>
        {(advisor) =>
          advisor.pendingChange !== null && (
            <QueueCard
              key={advisor.advisorId}
              name={advisor.displayName}
              to={`/console/directory/advisor/${advisor.advisorId}`}
            >
              <HeldChange advisor={advisor} change={advisor.pendingChange} />
              <DecisionForm kind="advisor" id={advisor.advisorId} />
            </QueueCard>
          )
        }
      </QueueSection>
    </Stack>
  );
}
