import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useAdvisor, usePauseAdvisor, useStartup, type DirectoryKind } from '../api/directory';
import { AdvisorLoad } from './advisor-load';
import { IntroductionsTable } from './introductions-table';
import { AdvisorFacts, StartupFacts } from './profile-facts';
import { VerificationBadge } from './verification-badge';

function PauseSwitch({ advisorId, paused }: { advisorId: string; paused: boolean }) {
  const { t } = useTranslation('console');
  const pause = usePauseAdvisor(advisorId);
  return (
    <Stack gap="xs">
      <ProblemAlert error={pause.error} />
      <Button
        w="fit-content"
        variant={paused ? 'filled' : 'outline'}
        color={paused ? 'jisr' : 'grape.9'}
        loading={pause.isPending}
        onClick={() => pause.mutate(!paused)}
      >
        {paused ? t('entry.resume') : t('entry.pause')}
      </Button>
    </Stack>
  );
}

function EntryTitle({ name, status }: { name: string; status: 'pending' | 'verified' | 'rejected' }) {
  return (
    <Group gap="sm">
      <Title order={2} size="h3">
        {name}
      </Title>
      <VerificationBadge status={status} />
    </Group>
  );
}

function StartupEntry({ id }: { id: string }) {
  const { t } = useTranslation('console');
  const startup = useStartup(id);
  if (startup.data === undefined) return <QueryState query={startup} loading={t('loading')} />;
  return (
    <Stack gap="md">
      <EntryTitle name={startup.data.name.latin} status={startup.data.verification.status} />
      <StartupFacts startup={startup.data} />
      <Title order={3} size="h4">
        {t('entry.introductions')}
      </Title>
      <IntroductionsTable kind="startup" id={id} />
    </Stack>
  );
}

function AdvisorEntry({ id }: { id: string }) {
  const { t } = useTranslation('console');
  const advisor = useAdvisor(id);
  if (advisor.data === undefined) return <QueryState query={advisor} loading={t('loading')} />;
  const { pause } = advisor.data;
  return (
    <Stack gap="md">
      <EntryTitle name={advisor.data.displayName} status={advisor.data.verification.status} />
      <Text role="status">
        {pause.paused
          ? t('entry.pausedSince', { reason: t(`entry.pauseReason.${pause.reason ?? 'council'}`) })
          : t('entry.taking')}
      </Text>
      <PauseSwitch advisorId={id} paused={pause.paused} />
      <AdvisorFacts advisor={advisor.data} />
      <Title order={3} size="h4">
        {t('entry.load')}
      </Title>
      <AdvisorLoad advisorId={id} />
      <Title order={3} size="h4">
        {t('entry.introductions')}
      </Title>
      <IntroductionsTable kind="advisor" id={id} />
    </Stack>
  );
}

/** One startup or advisor: the profile, its introductions, and for advisors the load and pause. */
export function DirectoryEntry({ kind, id }: { kind: DirectoryKind; id: string }) {
  const { t } = useTranslation('console');
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/console/directory?kind=${kind}`} w="fit-content">
        {t('entry.back')}
      </Anchor>
      {kind === 'startup' ? <StartupEntry id={id} /> : <AdvisorEntry id={id} />}
    </Stack>
  );
}
