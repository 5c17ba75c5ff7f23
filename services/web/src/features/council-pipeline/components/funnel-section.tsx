import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChartDirection } from '../chart-direction';
import type { FunnelView } from '../api/pipeline';

/** The funnel's steps in order: requested → introduced (accepted) → active → met → completed. */
export const FUNNEL_STEPS = ['requested', 'accepted', 'active', 'met', 'completed'] as const;

/** Startups at each step, as numbers a reader (and a screen reader) can read, then as bars. */
export function FunnelSection({ funnel, language }: { funnel: FunnelView; language: string }) {
  const { t } = useTranslation('pipeline');
  const axes = useChartDirection('vertical');
  const number = new Intl.NumberFormat(language);
  const data = FUNNEL_STEPS.map((step) => ({ step: t(`step.${step}`), startups: funnel.startups[step] }));
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
        {(['verified', ...FUNNEL_STEPS] as const).map((step) => (
          <Paper key={step} withBorder p="xs" role="group" aria-label={t(`step.${step}`)}>
            <Text size="sm" c="dimmed">
              {t(`step.${step}`)}
            </Text>
            <Text fw={700} size="xl" data-testid={`funnel-${step}`}>
              {number.format(funnel.startups[step])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <BarChart
        h={260}
        data={data}
        dataKey="step"
        series={[{ name: 'startups', label: t('startups'), color: 'jisr.7' }]}
        valueFormatter={(value) => number.format(value)}
        withBarValueLabel
        {...axes}
      />
    </>
  );
}
