import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChartDirection } from '../chart-direction';
import type { FunnelView } from '../api/pipeline';

/** The funnel's steps in order: requested → introduced (accepted) → active → met → completed. */
export const FUNNEL_STEPS = ['requested', 'accepted', 'active', 'met', 'completed'] as const;

const INTRODUCTION_STATES = [
  'requested',
  'info-requested',
  'accepted',
  'completed',
  'declined',
  'expired',
  'withdrawn',
] as const;

/** Startups at each step, as numbers a reader (and a screen reader) can read, then as bars. */
export function FunnelSection({ funnel, language }: { funnel: FunnelView; language: string }) {
  const { t } = useTranslation('pipeline');
  const axes = useChartDirection('vertical');
  const number = new Intl.NumberFormat(language);
  const data = FUNNEL_STEPS.map((step) => ({ step: t(`step.${step}`), startups: funnel.startups[step] }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap="xs">
        <SimpleGrid cols={3} spacing="xs">
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
        <Text size="sm" fw={600} id="introduction-states">
          {t('introductions.title')}
        </Text>
        <Table aria-labelledby="introduction-states" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {INTRODUCTION_STATES.map((state) => (
              <Table.Tr key={state}>
                <Table.Th scope="row" fw={400}>
                  {t(`introductions.${state}`)}
                </Table.Th>
                <Table.Td fw={700} data-testid={`introductions-${state}`}>
                  {number.format(funnel.introductions[state] ?? 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <BarChart
        h={360}
        data={data}
        dataKey="step"
        series={[{ name: 'startups', label: t('startups'), color: 'jisr.7' }]}
        valueFormatter={(value) => number.format(value)}
        withBarValueLabel
        {...axes}
      />
    </SimpleGrid>
  );
}
