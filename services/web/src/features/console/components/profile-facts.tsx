import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../lib/vocabulary';
import { useLanguage } from '../use-language';
import type { AdvisorView, StartupView } from '../api/verification';

/** Label/value rows; a label is a row header, so screen readers pair each value with its label. */
export function FactTable({ rows, caption }: { rows: readonly [string, ReactNode][]; caption: string }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4} layout="fixed" aria-label={caption}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="35%" fw={600}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

// Lists read as the reader's language writes them (Arabic uses its own comma).
const listIn = (language: string) => (items: readonly string[]) =>
  new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(items);

export function StartupFacts({ startup }: { startup: StartupView }) {
  const { t } = useTranslation('console');
  const language = useLanguage();
  const list = listIn(language);
  const rows: [string, ReactNode][] = [
    [t('field.nameLatin'), startup.name.latin],
    [
      t('field.nameAr'),
      <span dir="rtl" lang="ar">
        {startup.name.ar ?? '—'}
      </span>,
    ],
    [t('field.sector'), labelOf('division', startup.sector, language)],
    [t('field.stage'), labelOf('stage', startup.stage, language)],
    [t('field.city'), labelOf('city', startup.city, language)],
    [t('field.languages'), list(startup.languages.map((l) => labelOf('language', l.code, language)))],
    [t('field.needs'), list(startup.needs.map((need) => t(`offer.${need.kind}`)))],
    [t('field.team'), t('field.teamValue', { size: startup.teamSize, year: startup.foundedYear })],
    [t('field.description'), startup.description],
  ];
  return <FactTable rows={rows} caption={startup.name.latin} />;
}

export function AdvisorFacts({ advisor }: { advisor: AdvisorView }) {
  const { t } = useTranslation('console');
  const language = useLanguage();
  const list = listIn(language);
  const rows: [string, ReactNode][] = [
    [t('field.displayName'), advisor.displayName],
    [t('field.organisation'), advisor.organisation],
    [t('field.roles'), list(advisor.roles.map((role) => t(`role.${role}`)))],
    [t('field.offers'), list(advisor.offers.map((offer) => t(`offer.${offer}`)))],
    [t('field.sectors'), list(advisor.sectors.map((s) => labelOf('division', s, language)))],
    [t('field.stages'), list(advisor.stages.map((s) => labelOf('stage', s, language)))],
    [t('field.languages'), list(advisor.languages.map((l) => labelOf('language', l.code, language)))],
    [t('field.city'), labelOf('city', advisor.city ?? null, language) || '—'],
    [t('field.capacity'), advisor.capacity],
  ];
  return <FactTable rows={rows} caption={advisor.displayName} />;
}
