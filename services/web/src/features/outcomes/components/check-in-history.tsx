import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { quarterName, type OutcomeHistory } from '../api/outcomes';

/** Every quarter reported, newest first; amended quarters list each revision. */
export function CheckInHistory({ history }: { history: OutcomeHistory }) {
  const { t, i18n } = useTranslation('outcomes');
  const number = new Intl.NumberFormat(i18n.language);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack component="section" aria-label={t('historyTitle')}>
      <Title order={2} size="h3">
        {t('historyTitle')}
      </Title>
      {history.items.length === 0 && <Text c="dimmed">{t('historyNone')}</Text>}
      {history.items.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quarter')}</Table.Th>
              <Table.Th>{t('revision')}</Table.Th>
              <Table.Th>{t('field.employees')}</Table.Th>
              <Table.Th>{t('field.womenEmployed')}</Table.Th>
              <Table.Th>{t('field.youthEmployed')}</Table.Th>
              <Table.Th>{t('field.revenueBand')}</Table.Th>
              <Table.Th>{t('field.investmentAmount')}</Table.Th>
              <Table.Th>{t('reportedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.items.flatMap((item) =>
              [...item.revisions].reverse().map((revision) => (
                <Table.Tr key={`${item.quarter}/${revision.revision}`}>
                  <Table.Td>{quarterName(t, item.quarter)}</Table.Td>
                  <Table.Td>
                    {revision.revision === item.revisions.length
                      ? t('current', { revision: revision.revision })
                      : number.format(revision.revision)}
                  </Table.Td>
                  <Table.Td>{number.format(revision.report.employees)}</Table.Td>
                  <Table.Td>{number.format(revision.report.womenEmployed)}</Table.Td>
                  <Table.Td>{number.format(revision.report.youthEmployed)}</Table.Td>
                  <Table.Td>{t(`band.${revision.report.revenueBand}`)}</Table.Td>
                  <Table.Td>
                    {number.format(revision.report.investmentRaised.amountUsd)} —{' '}
                    {t(`source.${revision.report.investmentRaised.source}`)}
                  </Table.Td>
                  <Table.Td>{date.format(new Date(revision.reportedAt))}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
