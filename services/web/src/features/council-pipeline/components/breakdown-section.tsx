import { BarChart } from '@mantine/charts';
import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useChartDirection } from '../chart-direction';
import { csvHref, DIMENSIONS, useBreakdown, type Dimension, type PipelineFilters } from '../api/pipeline';
import { CsvLink } from './csv-link';
import { FUNNEL_STEPS } from './funnel-section';
import { SectionCard } from './section-card';

const COLOURS = ['jisr.7', 'blue.7', 'grape.7', 'orange.8', 'teal.9'] as const;

/** The funnel per sector, city, stage, centre, programme, cohort or language, with the page's filters. */
export function BreakdownSection({ filters, language }: { filters: PipelineFilters; language: string }) {
  const { t } = useTranslation('pipeline');
  const [by, setBy] = useState<Dimension>('sector');
  const breakdown = useBreakdown(by, filters, language);
  const axes = useChartDirection('horizontal');
  const number = new Intl.NumberFormat(language);
  const data = (breakdown.data?.items ?? []).map((item) => ({
    name: item.key === 'none' ? t('none') : item.name,
    ...Object.fromEntries(FUNNEL_STEPS.map((step) => [step, item.startups[step]])),
  }));
  return (
    <SectionCard
      title={t('breakdown.title')}
      action={<CsvLink href={csvHref('breakdown', filters, language, by)} what={t('breakdown.title')} />}
    >
      <NativeSelect
        label={t('breakdown.by')}
        value={by}
        onChange={(event) => setBy(event.currentTarget.value as Dimension)}
        data={DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`dimension.${dimension}`) }))}
        w={240}
      />
      <QueryState query={breakdown} loading={t('loading')} empty={data.length === 0 && t('noData')} />
      {data.length > 0 && (
        <BarChart
          h={Math.max(240, data.length * 64)}
          data={data}
          dataKey="name"
          orientation="vertical"
          // Five bars a row: tight gaps keep each one thick enough to see.
          barChartProps={{ barGap: 1, barCategoryGap: '12%' }}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={FUNNEL_STEPS.map((step, index) => ({
            name: step,
            label: t(`step.${step}`),
            color: COLOURS[index] ?? 'gray.7',
          }))}
          valueFormatter={(value) => number.format(value)}
          {...axes}
        />
      )}
    </SectionCard>
  );
}
