import { Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useRoundHistory } from '../api/rounds';

/** The cohort's earlier rounds, newest first; open one to see its assignment again. */
export function RoundHistory({
  cohortId,
  onOpen,
}: {
  readonly cohortId: string;
  readonly onOpen: (roundId: string) => void;
}) {
  const { t, i18n } = useTranslation('console-rounds');
  const history = useRoundHistory(cohortId);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="round-history-title">
      <Title order={3} size="h3" id="round-history-title">
        {t('history.title')}
      </Title>
      {history.isError && <ProblemAlert error={history.error} />}
      {history.data?.length === 0 && <Text>{t('history.none')}</Text>}
      {history.data !== undefined && history.data.length > 0 && (
        <Table aria-labelledby="round-history-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.when')}</Table.Th>
              <Table.Th>{t('history.objective')}</Table.Th>
              <Table.Th>{t('history.status')}</Table.Th>
              <Table.Th>{t('history.result')}</Table.Th>
              <Table.Th>{t('history.open')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((round) => (
              <Table.Tr key={round.roundId}>
                <Table.Td>{when.format(new Date(round.createdAt))}</Table.Td>
                <Table.Td>{t(`objective.${round.objective}`)}</Table.Td>
                <Table.Td>{t(`status.${round.status}`)}</Table.Td>
                <Table.Td>
                  {t('history.counts', {
                    assigned: round.assigned,
                    unassigned: round.unassigned,
                    pinned: round.pinned,
                    forbidden: round.forbidden,
                    requested: round.requested,
                    total: points.format(round.total),
                  })}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => onOpen(round.roundId)}>
                    {t('history.show', { when: when.format(new Date(round.createdAt)) })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
