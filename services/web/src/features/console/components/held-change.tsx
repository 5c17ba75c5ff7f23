import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../lib/vocabulary';
import type { AdvisorView } from '../api/verification';
import { useLanguage } from '../use-language';

type Change = NonNullable<AdvisorView['pendingChange']>;
type Field = Exclude<keyof Change, 'submittedAt'>;
const FIELDS: readonly Field[] = ['displayName', 'organisation', 'roles', 'offers', 'ticket', 'sectors'];

/** The material fields a verified advisor changed: what is live now beside what awaits approval. */
export function HeldChange({ advisor, change }: { advisor: AdvisorView; change: Change }) {
  const { t } = useTranslation('console');
  const language = useLanguage();
  const money = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const shown = (field: Field, value: Change[Field] | AdvisorView[Field]): string => {
    if (value === undefined || value === null) return '—';
    if (typeof value === 'string') return value;
    if (!Array.isArray(value)) return `${money.format(value.minUsd)} – ${money.format(value.maxUsd)}`;
    const words = value.map((item: string) =>
      field === 'sectors'
        ? labelOf('division', item, language)
        : t(`${field === 'roles' ? 'role' : 'offer'}.${item}`),
    );
    return new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(words);
  };
  const changed = FIELDS.filter((field) => shown(field, advisor[field]) !== shown(field, change[field]));
  return (
    <Table aria-label={t('queue.changeTable')} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('queue.field')}</Table.Th>
          <Table.Th scope="col">{t('queue.now')}</Table.Th>
          <Table.Th scope="col">{t('queue.proposed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changed.map((field) => (
          <Table.Tr key={field}>
            <Table.Th scope="row">{t(`field.${field}`)}</Table.Th>
            <Table.Td>
              <del>{shown(field, advisor[field])}</del>
            </Table.Td>
            <Table.Td>
              <ins>{shown(field, change[field])}</ins>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
