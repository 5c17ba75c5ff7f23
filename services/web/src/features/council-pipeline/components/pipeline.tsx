import '@mantine/charts/styles.css';
import { Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { isLanguage } from '../../../lib/languages';
import { csvHref, PIPELINE_FILTERS, useFunnel, type PipelineFilters } from '../api/pipeline';
import { AdvisorLoadSection } from './advisor-load-section';
import { BreakdownSection } from './breakdown-section';
import { CsvLink } from './csv-link';
import { FunnelSection } from './funnel-section';
import { MedianTimes } from './median-times';
import { PipelineFiltersForm } from './pipeline-filters';
import { ResearchSection } from './research-section';
import { SectionCard } from './section-card';

/** The council's report to partners: the funnel, its breakdowns, waiting times, load and research. */
export function Pipeline() {
  const { t, i18n } = useTranslation('pipeline');
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [params, setParams] = useSearchParams();
  const filters: PipelineFilters = Object.fromEntries(
    PIPELINE_FILTERS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])),
  );
  const funnel = useFunnel(filters);
  const change = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    // A cohort belongs to one programme: another programme clears it.
    if (key === 'programme') next.delete('cohort');
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('title')}
      </Title>
      <PipelineFiltersForm filters={filters} language={language} onChange={change} />
      <SectionCard
        title={t('funnel.title')}
        action={<CsvLink href={csvHref('funnel', filters, language)} what={t('funnel.title')} />}
      >
        <ProblemAlert error={funnel.error} />
        {funnel.isPending && <Loader size="sm" aria-label={t('loading')} />}
        {funnel.data !== undefined && <FunnelSection funnel={funnel.data} language={language} />}
      </SectionCard>
      <BreakdownSection filters={filters} language={language} />
      <SectionCard
        title={t('median.title')}
        action={<CsvLink href={csvHref('introductions', filters, language)} what={t('median.csv')} />}
      >
        {funnel.data !== undefined && <MedianTimes funnel={funnel.data} language={language} />}
      </SectionCard>
      <AdvisorLoadSection language={language} />
      <ResearchSection language={language} />
    </Stack>
  );
}
