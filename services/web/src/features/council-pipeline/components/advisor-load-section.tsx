import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useChartDirection } from '../chart-direction';
import { csvHref, useAdvisorLoad } from '../api/pipeline';
import { CsvLink } from './csv-link';
import { SectionCard } from './section-card';

// The busiest advisors first; the CSV has every one.
const SHOWN = 15;

/** Each advisor's capacity beside the introductions they hold and the requests awaiting them. */
export function AdvisorLoadSection({ language }: { language: string }) {
  const { t } = useTranslation('pipeline');
  const load = useAdvisorLoad();
  const axes = useChartDirection('horizontal');
  const number = new Intl.NumberFormat(language);
  const rows = [...(load.data ?? [])]
    .sort((a, b) => b.utilisation - a.utilisation || b.open - a.open)
    .slice(0, SHOWN)
    .map((row) => ({ name: row.displayName, capacity: row.capacity, active: row.active, open: row.open }));
  return (
    <SectionCard
      title={t('load.title')}
      action={<CsvLink href={csvHref('advisor-load', {}, language)} what={t('load.title')} />}
    >
      <QueryState query={load} loading={t('loading')} empty={load.data?.length === 0 && t('noData')} />
      {rows.length > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {t('load.hint', { shown: rows.length, total: load.data?.length ?? 0 })}
          </Text>
          <BarChart
            h={Math.max(220, rows.length * 48)}
            data={rows}
            dataKey="name"
            orientation="vertical"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'capacity', label: t('load.capacity'), color: 'gray.6' },
              { name: 'active', label: t('load.active'), color: 'jisr.7' },
              { name: 'open', label: t('load.open'), color: 'orange.8' },
            ]}
            valueFormatter={(value) => number.format(value)}
            {...axes}
          />
        </>
      )}
    </SectionCard>
  );
}
