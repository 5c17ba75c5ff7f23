import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useChartDirection } from '../chart-direction';
import { csvHref, useSectorResearch } from '../api/pipeline';
import { CsvLink } from './csv-link';
import { SectionCard } from './section-card';

/** Supply and demand per ISIC section: startups against advisors, requests and how many were accepted. */
export function ResearchSection({ language }: { language: 'ar' | 'tr' | 'en' }) {
  const { t } = useTranslation('pipeline');
  const research = useSectorResearch();
  const axes = useChartDirection('vertical');
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const rows = (research.data ?? []).filter((row) => row.startups + row.advisors > 0);
  const nameOf = (row: (typeof rows)[number]) => row.label?.[language] ?? row.section;
  return (
    <SectionCard
      title={t('research.title')}
      action={<CsvLink href={csvHref('sectors', {}, language)} what={t('research.title')} />}
    >
      <QueryState query={research} loading={t('loading')} empty={rows.length === 0 && t('noData')} />
      {rows.length > 0 && (
        <>
          <BarChart
            h={260}
            data={rows.map((row) => ({
              section: row.section,
              startups: row.startups,
              advisors: row.advisors,
            }))}
            dataKey="section"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'startups', label: t('research.startups'), color: 'jisr.7' },
              { name: 'advisors', label: t('research.advisors'), color: 'blue.7' },
            ]}
            valueFormatter={(value) => number.format(value)}
            {...axes}
          />
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('research.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('research.section')}</Table.Th>
                  <Table.Th scope="col">{t('research.startups')}</Table.Th>
                  <Table.Th scope="col">{t('research.advisors')}</Table.Th>
                  <Table.Th scope="col">{t('research.requests')}</Table.Th>
                  <Table.Th scope="col">{t('research.acceptance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.section}>
                    <Table.Th scope="row">{`${row.section} · ${nameOf(row)}`}</Table.Th>
                    <Table.Td>{number.format(row.startups)}</Table.Td>
                    <Table.Td>{number.format(row.advisors)}</Table.Td>
                    <Table.Td>{number.format(row.requests)}</Table.Td>
                    <Table.Td>
                      {row.acceptanceRate === null ? '—' : percent.format(row.acceptanceRate)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </SectionCard>
  );
}
