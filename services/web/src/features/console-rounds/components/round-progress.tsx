import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCancelRound, type RoundRun } from '../api/rounds';

/** A running round: what matching is doing, how far it is (its own measure), how long it took, and a way to stop it. */
export function RoundProgress({ run }: { readonly run: RoundRun }) {
  const { t, i18n } = useTranslation('console-rounds');
  const cancel = useCancelRound();
  const percent = Math.round(run.progress.fraction * 100);
  const seconds = Math.round(run.progress.elapsedMs / 1000);
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text fw={600}>{t(`progress.phase.${run.progress.phase}`)}</Text>
      <Progress value={percent} aria-label={t('progress.label')} animated />
      <Text size="sm">
        {t('progress.detail', {
          percent: new Intl.NumberFormat(i18n.language).format(percent),
          seconds,
          round: run.progress.round,
        })}
      </Text>
      <Group>
        <Button variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(run.roundId)}>
          {t('progress.cancel')}
        </Button>
      </Group>
      <ProblemAlert error={cancel.error} />
    </Stack>
  );
}

/** A round that stopped without an assignment: cancelled, or failed and why. */
export function RoundStopped({ run }: { readonly run: RoundRun }) {
  const { t } = useTranslation('console-rounds');
  const why =
    run.state === 'cancelled'
      ? t('stopped.cancelled')
      : run.failure?.code === 'MATCHING.ROUND_INTERRUPTED'
        ? t('stopped.interrupted')
        : run.failure?.code === 'COHORT.INVALID_PINS'
          ? t('stopped.pins')
          : t('stopped.failed');
  return (
    <Alert
      role="status"
      color={run.state === 'cancelled' ? 'dark.6' : 'red'}
      title={t(`stopped.title.${run.state}`)}
    >
      {why}
    </Alert>
  );
}
