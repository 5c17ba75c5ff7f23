import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../api/audit';

const TEXT_KEYS = ['actor', 'organisation', 'action', 'target'] as const;

/** The trail's filters; they apply when the reader asks, not at every key stroke. */
export function AuditFilterForm({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof AuditFilters) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setDraft((current) => ({ ...current, [key]: value }));
  };
  return (
    <Stack
      component="form"
      gap="xs"
      role="search"
      aria-label={t('filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {TEXT_KEYS.map((key) => (
          <TextInput key={key} label={t(`filter.${key}`)} value={draft[key]} onChange={set(key)} />
        ))}
        <TextInput type="date" label={t('filter.from')} value={draft.from} onChange={set('from')} />
        <TextInput type="date" label={t('filter.to')} value={draft.to} onChange={set('to')} />
      </SimpleGrid>
      <Group gap="xs">
        <Button type="submit">{t('apply')}</Button>
      </Group>
    </Stack>
  );
}
