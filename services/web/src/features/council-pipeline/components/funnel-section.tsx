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

const MEETING_STATES = ['scheduled', 'held', 'cancelled', 'noShow'] as const;

/** A titled two-column table of counts, each count with a test id a story can read. */
function CountTable({
  id,
  title,
  rows,
  number,
}: {
  id: string;
  title: string;
  rows: readonly { key: string; label: string; count: number }[];
  number: Intl.NumberFormat;
}) {
  return (
    <>
      <Text size="sm" fw={600} id={id}>
        {title}
      </Text>
      <Table aria-labelledby={id} withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td fw={700} data-testid={row.key}>
                {number.format(row.count)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

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
        <CountTable
          id="introduction-states"
          title={t('introductions.title')}
          rows={INTRODUCTION_STATES.map((state) => ({
            key: `introductions-${state}`,
            label: t(`introductions.${state}`),
            count: funnel.introductions[state] ?? 0,
          }))}
          number={number}
        />
        <CountTable
          id="meeting-states"
          title={t('meetings.title')}
          rows={MEETING_STATES.map((state) => ({
            key: `meetings-${state}`,
            label: t(`meetings.${state}`),
            count: funnel.meetings[state],
          }))}
          number={number}
        />
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
