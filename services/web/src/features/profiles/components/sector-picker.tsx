import { MultiSelect, Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../lib/languages';
import { useDivisions, useSectorSearch } from '../api/profiles';

/**
 * The props both pickers share: every ISIC division titled in the reader's language, and a filter
 * keeping the ones profile finds for the search in any of the three languages (an Arabic word
 * finds a sector while the page is in English, and the other way round).
 */
function useSectorSearchProps(label: string | undefined, error: string | undefined) {
  const { t, i18n } = useTranslation('profiles');
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search, 150);
  const divisions = useDivisions();
  const found = useSectorSearch(term);
  const language = i18n.language as Language;
  const data: ComboboxItem[] = (divisions.data ?? []).map((division) => ({
    value: division.code,
    label: t('sector.option', { code: division.code, label: division.label[language] }),
  }));
  const matched = new Set((found.data ?? []).map((division) => division.code));
  // Mantine skips the filter while the box shows the chosen title, so the whole list comes back then.
  const filter: OptionsFilter = ({ options, search: typed }) =>
    typed.trim() === ''
      ? options
      : options.filter((option) => 'value' in option && matched.has(option.value));
  return {
    label: label ?? t('sector.label'),
    description: t('sector.hint'),
    nothingFoundMessage: t('sector.nothing'),
    data,
    filter,
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    maxDropdownHeight: 280,
    error,
    required: true,
  };
}

interface PickerProps<V> {
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  readonly label?: string;
}

/** One ISIC division, searched in Arabic, Turkish or English (a startup's sector). */
export function SectorPicker({ value, onChange, error, label }: PickerProps<string | null>) {
  return <Select {...useSectorSearchProps(label, error)} value={value} onChange={(code) => onChange(code)} />;
}

/** Several ISIC divisions (an advisor's sectors), searched the same way. */
export function SectorsPicker({ value, onChange, error, label }: PickerProps<string[]>) {
  return <MultiSelect {...useSectorSearchProps(label, error)} value={value} onChange={onChange} />;
}
