import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImpactReport } from '../api/reports';

/** A titled table of label and number rows; each number carries a test id a story can read. */
export function FigureTable({
  id,
  title,
  rows,
  number,
  columns,
}: {
  id: string;
  title: string;
  columns?: readonly string[];
  rows: readonly { key: string; label: string; values: readonly number[] }[];
  number: Intl.NumberFormat;
}) {
  return (
    <>
      <Text fw={700} id={id}>
        {title}
      </Text>
      <Table aria-labelledby={id} verticalSpacing={2}>
        {columns !== undefined && (
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              {row.values.map((value, at) => (
                <Table.Td
                  key={at}
                  fw={700}
                  data-testid={at === 0 ? `report-${row.key}` : `report-${row.key}-${at}`}
                >
                  {number.format(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The report's counts: activity, training, milestones and partnerships. */
export function ReportFigures({ report, number }: { report: ImpactReport; number: Intl.NumberFormat }) {
  const { t } = useTranslation('impact-reports');
  const rows: [string, number][] = [
    ['startups', report.startups],
    ['introductions', report.introductions.requested],
    ['accepted', report.introductions.accepted],
    ['meetings', report.meetings.held],
    ['registrations', report.attendance.registrations],
    ['attendances', report.attendance.attendances],
    ['milestonesReached', report.milestones.reached],
    ['milestonesConfirmed', report.milestones.confirmed],
    ['reporting', report.outcomes.startupsReporting],
    ['partnerships', report.outcomes.partnerships],
    ['exportDeals', report.outcomes.exportDeals],
  ];
  return (
    <FigureTable
      id="report-figures"
      title={t('figures.title')}
      rows={rows.map(([key, value]) => ({ key, label: t(`figures.${key}`), values: [value] }))}
      number={number}
    />
  );
}

/** Headcounts at entry and now, and how many startups moved revenue band. */
export function ChangeSinceEntry({ report, number }: { report: ImpactReport; number: Intl.NumberFormat }) {
  const { t } = useTranslation('impact-reports');
  const { outcomes } = report;
  const heads = (['employees', 'womenEmployed', 'youthEmployed'] as const).map((key) => ({
    key,
    label: t(`change.${key}`),
    values: [outcomes[key].entry, outcomes[key].latest],
  }));
  const bands = (
    [
      ['revenueUp', outcomes.revenueBand.up],
      ['revenueSame', outcomes.revenueBand.same],
      ['revenueDown', outcomes.revenueBand.down],
    ] as const
  ).map(([key, value]) => ({ key, label: t(`change.${key}`), values: [value] }));
  return (
    <>
      <FigureTable
        id="report-change"
        title={t('change.title')}
        columns={[t('change.measure'), t('change.entry'), t('change.latest')]}
        rows={heads}
        number={number}
      />
      <FigureTable id="report-bands" title={t('change.revenueTitle')} rows={bands} number={number} />
    </>
  );
}
