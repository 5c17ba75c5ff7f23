import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import {
  cityChoices,
  divisionChoices,
  languageChoices,
  stageChoices,
  type Choice,
} from '../../../lib/vocabulary';
import { useCentres, type DirectoryFilters, type DirectoryKind } from '../api/directory';
import { useLanguage } from '../use-language';

type Key = keyof DirectoryFilters;

/** Search by name and narrow by each field; every change is kept in the page's address. */
export function DirectoryFiltersForm({
  kind,
  filters,
  onChange,
}: {
  kind: DirectoryKind;
  filters: DirectoryFilters;
  onChange: (key: Key, value: string) => void;
}) {
  const { t } = useTranslation('console');
  const language = useLanguage();
  const centres = useCentres();
  const select = (key: Key, label: string, choices: readonly Choice[]) => (
    <FilterSelect
      key={key}
      label={label}
      value={filters[key]}
      any={t('directory.any')}
      choices={choices}
      onChange={(value) => onChange(key, value)}
    />
  );
  const yesNo = [
    { value: 'true', label: t('directory.yes') },
    { value: 'false', label: t('directory.no') },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
      <TextInput
        label={t('directory.search')}
        description={t('directory.searchHint')}
        value={filters.q ?? ''}
        type="search"
        onChange={(event) => onChange('q', event.currentTarget.value)}
      />
      {select('sector', t('field.sector'), divisionChoices(language))}
      {select('stage', t('field.stage'), stageChoices(language))}
      {select('city', t('field.city'), cityChoices(language))}
      {select(
        'centreId',
        t('field.centre'),
        (centres.data ?? []).map((centre) => ({ value: centre.centreId, label: centre.name[language] })),
      )}
      {select('language', t('field.language'), languageChoices(language))}
      {select(
        'verification',
        t('field.verification'),
        (['pending', 'verified', 'rejected'] as const).map((status) => ({
          value: status,
          label: t(`verification.${status}`),
        })),
      )}
      {kind === 'advisor' &&
        select(
          'offer',
          t('field.offer'),
          (['mentoring', 'investment', 'market-access', 'partnership'] as const).map((offer) => ({
            value: offer,
            label: t(`offer.${offer}`),
          })),
        )}
      {kind === 'advisor' && select('paused', t('field.paused'), yesNo)}
    </SimpleGrid>
  );
}
