import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChartDirection } from '../chart-direction';
import type { FunnelView } from '../api/pipeline';

const STEPS = ['verification', 'firstRequest', 'acceptance', 'firstMeeting', 'completion'] as const;

/** How long the median startup waits in each step, in days (hours under two days). */
export function MedianTimes({ funnel, language }: { funnel: FunnelView; language: string }) {
  const { t } = useTranslation('pipeline');
  const axes = useChartDirection('horizontal');
  const days = new Intl.NumberFormat(language, { style: 'unit', unit: 'day', maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', maximumFractionDigits: 0 });
  const shown = (value: number | null): string =>
    value === null ? t('noData') : value < 48 ? hours.format(value) : days.format(value / 24);
  const data = STEPS.map((step) => ({
    step: t(`median.${step}`),
    days: (funnel.medianHours[step] ?? 0) / 24,
  }));
  return (
    <>
      <BarChart
        h={220}
        data={data}
        dataKey="step"
        orientation="vertical"
        series={[{ name: 'days', label: t('median.days'), color: 'indigo.7' }]}
        valueFormatter={(value) => days.format(value)}
        {...axes}
      />
      <Table aria-label={t('median.title')} withRowBorders={false}>
        <Table.Tbody>
          {STEPS.map((step) => (
            <Table.Tr key={step}>
              <Table.Th scope="row">{t(`median.${step}`)}</Table.Th>
              <Table.Td>{shown(funnel.medianHours[step] ?? null)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
