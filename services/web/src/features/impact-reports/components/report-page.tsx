import '@mantine/charts/styles.css';
import { Button, Group, Loader, Select, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCentres } from '../../../lib/centres';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../../lib/languages';
import {
  DICTIONARY_HREF,
  isScope,
  pdfHref,
  RESEARCH_BY,
  researchCsvHref,
  SCOPES,
  useImpactReport,
  useProgrammes,
  type Scope,
} from '../api/reports';
import { ImpactReportView } from './impact-report';

/** What can be reported on: programmes, their cohorts, and the centres. */
const useChoices = (scope: Scope, language: 'ar' | 'tr' | 'en') => {
  const programmes = useProgrammes();
  const centres = useCentres();
  if (scope === 'centre')
    return (centres.data ?? []).map((c) => ({ value: c.centreId, label: c.name[language] }));
  if (scope === 'cohort')
    return (programmes.data ?? []).flatMap((p) =>
      p.cohorts.map((c) => ({ value: c.cohortId, label: c.name })),
    );
  return (programmes.data ?? []).map((p) => ({ value: p.programmeId, label: p.name[language] }));
};

/** The console's impact report: choose a programme, cohort or centre; read it; download it as PDF or CSV. */
export function ReportPage() {
  const { t, i18n } = useTranslation('impact-reports');
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const params = useParams();
  const navigate = useNavigate();
  const scope: Scope = isScope(params.scope) ? params.scope : 'cohort';
  const id = params.id;
  const choices = useChoices(scope, language);
  const report = useImpactReport(scope, id);
  const go = (nextScope: Scope, nextId?: string | null) =>
    void navigate(`/console/reports/${nextScope}${nextId ? `/${encodeURIComponent(nextId)}` : ''}`);
  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      <Group align="end">
        <Select
          label={t('scope.label')}
          data={SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
          value={scope}
          allowDeselect={false}
          onChange={(value) => go(isScope(value) ? value : 'cohort')}
        />
        <Select
          label={t('pick.label')}
          placeholder={t('pick.placeholder')}
          data={choices}
          value={id ?? null}
          searchable
          onChange={(value) => go(scope, value)}
        />
      </Group>
      {id !== undefined && (
        <Group gap="xs">
          {LANGUAGES.map((lang) => (
            <Button
              key={lang}
              component="a"
              href={pdfHref(scope, id, lang)}
              download
              variant="light"
              size="xs"
            >
              {t('download.pdf', { lang: LANGUAGE_NAMES[lang] })}
            </Button>
          ))}
        </Group>
      )}
      <Group gap="xs">
        {RESEARCH_BY.map((by) => (
          <Button
            key={by}
            component="a"
            href={researchCsvHref(by, language)}
            download
            variant="subtle"
            size="xs"
          >
            {t('download.csv', { by: t(`by.${by}`) })}
          </Button>
        ))}
        <Button
          component="a"
          href={`${DICTIONARY_HREF}?lang=${language}`}
          download
          variant="subtle"
          size="xs"
        >
          {t('download.dictionary')}
        </Button>
      </Group>
      {report.isLoading && <Loader size="sm" aria-label={t('title')} />}
      <ProblemAlert error={report.error} />
      {report.data !== undefined && (
        <ImpactReportView report={report.data} language={language} still={false} />
      )}
    </Stack>
  );
}
