import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { labelOf } from '../../../lib/vocabulary';
import {
  ADVISOR_FILTERS,
  FILTERS,
  useDirectory,
  type DirectoryFilters,
  type DirectoryKind,
} from '../api/directory';
import { useLanguage } from '../use-language';
import { DirectoryFiltersForm } from './directory-filters';
import { VerificationBadge } from './verification-badge';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly secondName: string | null;
  readonly sector: string;
  readonly where: string;
  readonly verification: 'pending' | 'verified' | 'rejected';
  readonly paused: boolean;
}

/** Every startup or advisor, searched by name and filtered, each opening to its full record. */
export function Directory() {
  const { t } = useTranslation('console');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const kind: DirectoryKind = params.get('kind') === 'advisor' ? 'advisor' : 'startup';
  const keys = kind === 'advisor' ? [...FILTERS, ...ADVISOR_FILTERS] : FILTERS;
  const filters: DirectoryFilters = Object.fromEntries(
    keys.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])),
  );
  // The address follows every key; the list follows once typing pauses.
  const [typed] = useDebouncedValue(filters.q?.trim() ?? '', 300);
  const directory = useDirectory(kind, { ...filters, q: typed === '' ? undefined : typed });
  const change = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const rows: Row[] = (directory.data?.pages ?? []).flatMap((page) => [
    ...page.startups.map((s) => ({
      id: s.startupId,
      name: s.name.latin,
      secondName: s.name.ar ?? null,
      sector: labelOf('division', s.sector, language),
      where: `${labelOf('stage', s.stage, language)} · ${labelOf('city', s.city, language)}`,
      verification: s.verification.status,
      paused: false,
    })),
    ...page.advisors.map((a) => ({
      id: a.advisorId,
      name: a.displayName,
      secondName: a.organisation,
      sector: a.sectors.map((s) => labelOf('division', s, language)).join(' · '),
      where: labelOf('city', a.city ?? null, language),
      verification: a.verification.status,
      paused: a.pause.paused,
    })),
  ]);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('directory.title')}
      </Title>
      <SegmentedControl
        aria-label={t('directory.kind')}
        value={kind}
        onChange={(value) => setParams(new URLSearchParams({ kind: value }), { replace: true })}
        data={[
          { value: 'startup', label: t('directory.startups') },
          { value: 'advisor', label: t('directory.advisors') },
        ]}
        w="fit-content"
      />
      <DirectoryFiltersForm key={kind} kind={kind} filters={filters} onChange={change} />
      <ProblemAlert error={directory.error} />
      {directory.isPending && <Loader size="sm" aria-label={t('loading')} />}
      {directory.data !== undefined && rows.length === 0 && <Text c="dimmed">{t('directory.none')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={kind === 'startup' ? t('directory.startups') : t('directory.advisors')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('directory.name')}</Table.Th>
                <Table.Th scope="col">{t('field.sector')}</Table.Th>
                <Table.Th scope="col">
                  {kind === 'startup' ? t('directory.stageCity') : t('field.city')}
                </Table.Th>
                <Table.Th scope="col">{t('field.verification')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/console/directory/${kind}/${row.id}`}>
                      {row.name}
                    </Anchor>
                    {row.secondName !== null && (
                      <Text size="sm" c="dimmed" dir="auto">
                        {row.secondName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.sector}</Table.Td>
                  <Table.Td>{row.where}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <VerificationBadge status={row.verification} />
                      {row.paused && <Badge color="grape.9">{t('directory.paused')}</Badge>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {directory.hasNextPage && (
        <Button
          variant="light"
          w="fit-content"
          loading={directory.isFetchingNextPage}
          onClick={() => void directory.fetchNextPage()}
        >
          {t('directory.more')}
        </Button>
      )}
    </Stack>
  );
}
