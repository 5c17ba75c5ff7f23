import { Anchor, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAdvisor, useIntroductionsOf, useStartup, type DirectoryKind } from '../api/directory';
import { useLanguage } from '../use-language';

function StartupName({ id }: { id: string }) {
  return <>{useStartup(id).data?.name.latin ?? '…'}</>;
}
function AdvisorName({ id }: { id: string }) {
  return <>{useAdvisor(id).data?.displayName ?? '…'}</>;
}

/** A person's introduction requests: with whom, their state, when asked, and the match score. */
export function IntroductionsTable({ kind, id }: { kind: DirectoryKind; id: string }) {
  const { t } = useTranslation('console');
  const language = useLanguage();
  const introductions = useIntroductionsOf(kind, id);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  if (introductions.data === undefined)
    return introductions.error ? (
      <ProblemAlert error={introductions.error} />
    ) : (
      <Loader size="sm" aria-label={t('loading')} />
    );
  if (introductions.data.length === 0) return <Text c="dimmed">{t('entry.noIntroductions')}</Text>;
  const other: DirectoryKind = kind === 'startup' ? 'advisor' : 'startup';
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped aria-label={t('entry.introductions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{kind === 'startup' ? t('entry.advisor') : t('entry.startup')}</Table.Th>
            <Table.Th scope="col">{t('entry.state')}</Table.Th>
            <Table.Th scope="col">{t('entry.requestedAt')}</Table.Th>
            <Table.Th scope="col">{t('entry.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {introductions.data.map((intro) => {
            const otherId = kind === 'startup' ? intro.advisorId : intro.startupId;
            return (
              <Table.Tr key={intro.introductionId}>
                <Table.Td>
                  <Anchor component={Link} to={`/console/directory/${other}/${otherId}`}>
                    {other === 'startup' ? <StartupName id={otherId} /> : <AdvisorName id={otherId} />}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`state.${intro.state}`)}</Table.Td>
                <Table.Td>{date.format(new Date(intro.requestedAt))}</Table.Td>
                <Table.Td>
                  {new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(intro.score)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
