import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChartDirection } from '../../council-pipeline';
import type { ImpactReport as Report } from '../api/reports';
import { ChangeSinceEntry, ReportFigures } from './report-figures';

const SOURCES = ['turkish-investor-via-jisr', 'other-investor', 'grant', 'loan'] as const;
const QUARTER_SERIES = ['attendances', 'milestonesReached', 'outcomesReported'] as const;
const COLORS = ['jisr.7', 'orange.8', 'indigo.7'] as const;

/**
 * One report as numbers first (tables a reader, a screen reader and a PDF reader can read) and then
 * as charts mirrored for Arabic. `still` draws the charts without animation, for printing.
 */
export function ImpactReportView({
  report,
  language,
  still,
}: {
  report: Report;
  language: string;
  still: boolean;
}) {
  const { t } = useTranslation('impact-reports');
  const number = new Intl.NumberFormat(language);
  const vertical = useChartDirection('vertical');
  const horizontal = useChartDirection('horizontal');
  const motion = { isAnimationActive: !still };
  const investment = SOURCES.map((source) => ({
    source: t(`investment.${source}`),
    usd: report.outcomes.investmentUsd[source],
  }));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <ReportFigures report={report} number={number} />
        </Stack>
        <Stack gap="xs">
          <ChangeSinceEntry report={report} number={number} />
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <Text fw={700}>{t('investment.title')}</Text>
          <BarChart
            h={240}
            data={investment}
            dataKey="source"
            orientation="vertical"
            series={[{ name: 'usd', label: t('investment.title'), color: 'jisr.7' }]}
            valueFormatter={(value) => number.format(value)}
            barProps={motion}
            {...horizontal}
          />
        </Stack>
        <Stack gap="xs">
          <Text fw={700}>{t('quarters.title')}</Text>
          <BarChart
            h={240}
            data={report.byQuarter.map((q) => ({ ...q }))}
            dataKey="quarter"
            withLegend
            series={QUARTER_SERIES.map((name, at) => ({
              name,
              label: t(`quarters.${name}`),
              color: COLORS[at]!,
            }))}
            valueFormatter={(value) => number.format(value)}
            barProps={motion}
            {...vertical}
          />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
