import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import type { Language } from '../../../lib/languages';
import {
  cityChoices,
  languageChoices,
  sectionChoices,
  stageChoices,
  type Choice,
} from '../../../lib/vocabulary';
import { useCentres, useProgrammes, type PipelineFilters } from '../api/pipeline';

type Key = keyof PipelineFilters;

/** The API's filters as selects; every view on the page (and each CSV) follows them. */
export function PipelineFiltersForm({
  filters,
  language,
  onChange,
}: {
  filters: PipelineFilters;
  language: Language;
  onChange: (key: Key, value: string) => void;
}) {
  const { t } = useTranslation('pipeline');
  const centres = useCentres();
  const programmes = useProgrammes();
  const chosen = (programmes.data ?? []).filter(
    (p) => !filters.programme || p.programmeId === filters.programme,
  );
  const select = (key: Key, choices: readonly Choice[]) => (
    <FilterSelect
      key={key}
      label={t(`dimension.${key}`)}
      value={filters[key]}
      any={t('all')}
      choices={choices}
      onChange={(value) => onChange(key, value)}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4, lg: 7 }} spacing="sm" role="group" aria-label={t('filters')}>
      {select('sector', sectionChoices(language))}
      {select('stage', stageChoices(language))}
      {select('city', cityChoices(language))}
      {select(
        'centre',
        (centres.data ?? []).map((centre) => ({ value: centre.centreId, label: centre.name[language] })),
      )}
      {select(
        'programme',
        (programmes.data ?? []).map((p) => ({ value: p.programmeId, label: p.name[language] })),
      )}
      {select(
        'cohort',
        chosen.flatMap((p) => p.cohorts.map((cohort) => ({ value: cohort.cohortId, label: cohort.name }))),
      )}
      {select('language', languageChoices(language))}
    </SimpleGrid>
  );
}
