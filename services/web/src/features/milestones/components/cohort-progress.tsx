import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { textIn } from '../../../lib/localized';
import { useCohortProgress, useProgrammeList } from '../api/milestones';

/** The console's view of progress: per cohort, how many startups reached and had confirmed each milestone. */
export function CohortProgress() {
  const { t, i18n } = useTranslation('milestones');
  const programmes = useProgrammeList();
  const [chosen, setChosen] = useState<string | null>(null);
  const programmeId = chosen ?? programmes.data?.items[0]?.programmeId ?? null;
  const progress = useCohortProgress(programmeId);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('progressTitle')}
      </Title>
      <NativeSelect
        label={t('programme')}
        value={programmeId ?? ''}
        data={(programmes.data?.items ?? []).map((p) => ({
          value: p.programmeId,
          label: textIn(p.name, i18n.language),
        }))}
        onChange={(e) => setChosen(e.currentTarget.value)}
        maw={420}
      />
      <QueryState query={programmeId === null ? programmes : progress} loading={t('common:loading')} />
      {progress.data?.cohorts.map((cohort) => (
        <Stack key={cohort.cohortId} gap="xs" component="section" aria-label={cohort.name}>
          <Title order={2} size="h3">
            {cohort.name}
          </Title>
          <Text c="dimmed">{t('startupsInCohort', { count: cohort.startups })}</Text>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('phase')}</Table.Th>
                <Table.Th>{t('milestone')}</Table.Th>
                <Table.Th>{t('reachedCount')}</Table.Th>
                <Table.Th>{t('confirmedCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cohort.phases.flatMap((phase) =>
                phase.milestones.map((m) => (
                  <Table.Tr key={`${phase.phaseId}/${m.milestoneId}`}>
                    <Table.Td>{textIn(phase.name, i18n.language)}</Table.Td>
                    <Table.Td>{textIn(m.name, i18n.language)}</Table.Td>
                    <Table.Td>{number.format(m.reached)}</Table.Td>
                    <Table.Td>{number.format(m.confirmed)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
