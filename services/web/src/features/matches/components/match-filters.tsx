import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { useCentres } from '../../../lib/centres';
import type { Language } from '../../../lib/languages';
import { languageChoices } from '../../../lib/vocabulary';
import type { MatchFilters } from '../api/matches';

const OFFERS = ['mentoring', 'investment', 'market-access', 'partnership'] as const;

/** Matching's filters for a startup's list: what the advisor offers, a language, a centre. */
export function MatchFiltersForm({
  filters,
  onChange,
}: {
  filters: MatchFilters;
  onChange: (filters: MatchFilters) => void;
}) {
  const { t, i18n } = useTranslation('matches');
  const language = i18n.language as Language;
  const centres = useCentres();
  const set = (key: keyof MatchFilters) => (value: string) =>
    onChange({ ...filters, [key]: value === '' ? undefined : value });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" role="group" aria-label={t('filters.title')}>
      <FilterSelect
        label={t('filters.offer')}
        value={filters.offer}
        any={t('filters.any')}
        choices={OFFERS.map((offer) => ({ value: offer, label: t(`filters.offers.${offer}`) }))}
        onChange={set('offer')}
      />
      <FilterSelect
        label={t('filters.language')}
        value={filters.language}
        any={t('filters.any')}
        choices={languageChoices(language)}
        onChange={set('language')}
      />
      <FilterSelect
        label={t('filters.centre')}
        value={filters.centre}
        any={t('filters.any')}
        choices={(centres.data ?? []).map((centre) => ({
          value: centre.centreId,
          label: centre.name[language],
        }))}
        onChange={set('centre')}
      />
    </SimpleGrid>
  );
}
