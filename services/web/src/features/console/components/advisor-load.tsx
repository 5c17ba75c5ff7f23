import { Loader, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAdvisorLoad } from '../api/directory';

/** One advisor's capacity against the introductions they hold (matching's count). */
export function AdvisorLoad({ advisorId }: { advisorId: string }) {
  const { t } = useTranslation('console');
  const load = useAdvisorLoad();
  if (load.data === undefined)
    return load.error ? <ProblemAlert error={load.error} /> : <Loader size="sm" aria-label={t('loading')} />;
  const row = load.data.find((item) => item.advisorId === advisorId);
  if (row === undefined) return <Text c="dimmed">{t('entry.noLoad')}</Text>;
  const used = row.capacity === 0 ? 0 : Math.min(100, (row.active / row.capacity) * 100);
  return (
    <Stack gap={4}>
      <Text>
        {t('entry.loadLine', {
          active: row.active,
          capacity: row.capacity,
          open: row.open,
          completed: row.completed,
        })}
      </Text>
      <Progress value={used} aria-label={t('entry.loadBar')} color={used >= 100 ? 'red.8' : 'jisr'} />
    </Stack>
  );
}
