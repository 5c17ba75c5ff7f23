import { Anchor, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useProgramme, useProgrammes, type ProgrammeInput } from '../api/programmes';
import { CentresPanel } from './centres-panel';
import { CohortStartups } from './cohort-startups';
import { localized } from './localized';
import { inputOf, ProgrammeEditor } from './programme-editor';
import { WeightsPanel } from './weights-panel';

/** The council's programmes, each with its span, and the business development centres. */
export function ProgrammesOverview() {
  const { t, i18n } = useTranslation('console-programmes');
  const programmes = useProgrammes();
  const dates = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('overview.title')}</Title>
        <Button component={Link} to="/console/programmes/new">
          {t('overview.new')}
        </Button>
      </Group>
      {programmes.isPending && <Text>{t('common:loading')}</Text>}
      {programmes.isError && <ProblemAlert error={programmes.error} />}
      {programmes.data?.items.map((programme) => {
        const first = programme.phases[0]?.startsOn;
        const last = programme.phases.at(-1)?.endsOn;
        return (
          <Card
            key={programme.programmeId}
            withBorder
            component="article"
            aria-label={localized(programme.name, i18n.language)}
          >
            <Anchor component={Link} to={`/console/programmes/${programme.programmeId}`} fw={700}>
              {localized(programme.name, i18n.language)}
            </Anchor>
            <Text size="sm">
              {t('overview.summary', {
                phases: programme.phases.length,
                cohorts: programme.cohorts.length,
                span:
                  first === undefined || last === undefined
                    ? '—'
                    : dates.formatRange(new Date(first), new Date(last)),
              })}
            </Text>
          </Card>
        );
      })}
      <Divider />
      <CentresPanel />
    </Stack>
  );
}

const NEW_PROGRAMME: ProgrammeInput = {
  name: { en: '', ar: '', tr: '' },
  responseDeadlineDays: 7,
  phases: [],
  cohorts: [],
};

export function NewProgramme() {
  const { t } = useTranslation('console-programmes');
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={2}>{t('overview.new')}</Title>
      <ProgrammeEditor
        programmeId={null}
        initial={NEW_PROGRAMME}
        onSaved={(saved) => void navigate(`/console/programmes/${saved.programmeId}`)}
      />
    </Stack>
  );
}

/** One programme: its editor with the live timeline, its cohorts' startups and its matching weights. */
export function ProgrammePage({ programmeId }: { readonly programmeId: string }) {
  const { t, i18n } = useTranslation('console-programmes');
  const programme = useProgramme(programmeId);
  if (programme.isPending) return <Text>{t('common:loading')}</Text>;
  if (programme.isError) return <ProblemAlert error={programme.error} />;
  return (
    <Stack>
      <Title order={2}>{localized(programme.data.name, i18n.language)}</Title>
      <ProgrammeEditor programmeId={programmeId} initial={inputOf(programme.data)} />
      <Divider />
      <CohortStartups programme={programme.data} />
      <Divider />
      <WeightsPanel key={JSON.stringify(programme.data.weights)} programme={programme.data} />
    </Stack>
  );
}
