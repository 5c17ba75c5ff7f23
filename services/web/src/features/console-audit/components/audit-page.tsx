import { auditActionName } from '@jisr/contracts';
import { PageHeading } from '../../../components/page-heading';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { isLanguage } from '../../../lib/languages';
import { auditCsvHref, NO_FILTERS, useAuditPage, type AuditFilters, type AuditRecord } from '../api/audit';
import { AuditFilterForm } from './audit-filters';
import { VerifyChain } from './verify-chain';

const changes = (record: AuditRecord): string =>
  Object.keys({ ...record.before, ...record.after })
    .sort()
    .join(', ');

/** An id or code, under its name when there is one (isolated, as names may run either way). */
function Named({ name, children }: { name: string | undefined; children: string }) {
  return (
    <Stack gap={0}>
      {name !== undefined && (
        <Text size="sm" fw={500}>
          <bdi>{name}</bdi>
        </Text>
      )}
      <Text size={name === undefined ? 'sm' : 'xs'} {...(name === undefined ? {} : { c: 'dimmed' })}>
        <bdi>{children}</bdi>
      </Text>
    </Stack>
  );
}

/** The audit trail (admin, observer): filters, pages by cursor, CSV download and a chain check. */
export function AuditPage() {
  const { t, i18n } = useTranslation('audit');
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  // The cursors of the pages before this one, so "previous" can go back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = useAuditPage(filters, cursor);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const items = page.data?.items ?? [];
  const names: Readonly<Record<string, string>> = page.data?.names ?? {};
  const next = page.data?.nextCursor ?? null;
  return (
    <Stack gap="md">
      <PageHeading title={t('title')} intro={t('intro')} />
      <AuditFilterForm
        initial={filters}
        onApply={(applied) => {
          setFilters(applied);
          setCursors([null]);
        }}
      />
      <Group gap="md" align="flex-start">
        <Anchor href={auditCsvHref(filters)} download>
          {t('csv')}
        </Anchor>
      </Group>
      <VerifyChain />
      <QueryState
        query={page}
        loading={t('loading')}
        empty={!page.isPending && items.length === 0 && t('empty')}
      />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table aria-label={t('title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('column.sequence')}</Table.Th>
                <Table.Th>{t('column.at')}</Table.Th>
                <Table.Th>{t('column.actor')}</Table.Th>
                <Table.Th>{t('column.organisation')}</Table.Th>
                <Table.Th>{t('column.action')}</Table.Th>
                <Table.Th>{t('column.target')}</Table.Th>
                <Table.Th>{t('column.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((record) => (
                <Table.Tr key={record.recordId}>
                  <Table.Td>{record.sequence}</Table.Td>
                  <Table.Td>{when.format(new Date(record.at))}</Table.Td>
                  <Table.Td>
                    <Named name={names[record.actor.accountId]}>{record.actor.accountId}</Named>
                  </Table.Td>
                  <Table.Td>{record.actor.organisationId ?? '—'}</Table.Td>
                  <Table.Td>
                    <Named name={auditActionName(record.action, language) ?? undefined}>
                      {record.action}
                    </Named>
                  </Table.Td>
                  <Table.Td>
                    <Named
                      name={names[record.target.id]}
                    >{`${record.target.type} ${record.target.id}`}</Named>
                  </Table.Td>
                  <Table.Td>{changes(record) || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="xs">
        <Button
          variant="default"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((stack) => stack.slice(0, -1))}
        >
          {t('previous')}
        </Button>
        <Button
          variant="default"
          disabled={next === null}
          onClick={() => setCursors((stack) => [...stack, next])}
        >
          {t('next')}
        </Button>
      </Group>
    </Stack>
  );
}
