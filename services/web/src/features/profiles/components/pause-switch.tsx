import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { usePauseSwitch, type AdvisorView } from '../api/profiles';

const STATE = {
  self: 'pause.paused',
  unresponsive: 'pause.pausedUnresponsive',
  council: 'pause.pausedByCouncil',
} as const;

/** "Not taking new introductions": the advisor's own switch; a council pause is lifted by the council. */
export function PauseSwitch({ advisor }: { readonly advisor: AdvisorView }) {
  const { t } = useTranslation('profiles');
  const pause = usePauseSwitch(advisor.advisorId);
  const { paused, reason } = advisor.pause;
  const state = !paused || reason === null ? 'pause.open' : STATE[reason];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pause-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="pause-title">
          {t('pause.title')}
        </Title>
        <Text role="status">{t(state)}</Text>
        <ProblemAlert error={pause.error} />
        <Group>
          <Button
            variant={paused ? 'filled' : 'outline'}
            loading={pause.isPending}
            disabled={paused && reason === 'council'}
            onClick={() => pause.mutate(!paused)}
          >
            {t(paused ? 'pause.resume' : 'pause.pause')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
