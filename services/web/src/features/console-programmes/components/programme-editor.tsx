import { Button, Fieldset, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  useCentres,
  useSaveProgramme,
  type Cohort,
  type Phase,
  type Programme,
  type ProgrammeInput,
} from '../api/programmes';
import { LocalizedFields } from './localized-fields';
import { localized, replaceAt, without } from './localized';
import { PhaseFields } from './phase-fields';
import { PhaseTimeline } from './phase-timeline';

/** The parts of a programme the council writes (the view adds ids, weights and times). */
export const inputOf = ({
  name,
  description,
  responseDeadlineDays,
  phases,
  cohorts,
}: Programme): ProgrammeInput => ({
  name,
  ...(description === undefined ? {} : { description }),
  responseDeadlineDays,
  phases,
  cohorts,
});

const aPhase = (after: Phase | undefined, number: number): Phase => {
  const startsOn = after?.endsOn ?? new Date().toISOString().slice(0, 10);
  return {
    phaseId: `phase-${number}`,
    kind: 'mentoring',
    name: { en: '', ar: '', tr: '' },
    startsOn,
    endsOn: startsOn,
    trainingSessions: [],
  };
};

// The service wants phases in timeline order; the council may move a date past a neighbour's.
const inTimelineOrder = (phases: readonly Phase[]): Phase[] =>
  [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn));

/** Create or edit a programme: names, answer deadline, phases on a live timeline, training sessions, cohorts. */
export function ProgrammeEditor({
  programmeId,
  initial,
  onSaved,
}: {
  readonly programmeId: string | null;
  readonly initial: ProgrammeInput;
  readonly onSaved?: (saved: Programme) => void;
}) {
  const { t, i18n } = useTranslation('console-programmes');
  const [draft, setDraft] = useState(initial);
  const centres = useCentres();
  const save = useSaveProgramme();
  const centreOptions = (centres.data?.items ?? []).map((centre) => ({
    value: centre.centreId,
    label: localized(centre.name, i18n.language),
  }));
  const setPhase = (index: number, next: Phase | null) =>
    setDraft({ ...draft, phases: replaceAt(draft.phases, index, next) });
  const setCohort = (index: number, next: Cohort | null) =>
    setDraft({ ...draft, cohorts: replaceAt(draft.cohorts, index, next) });
  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        const body = { ...draft, phases: inTimelineOrder(draft.phases) };
        save.mutate(
          { programmeId, body },
          {
            onSuccess: (saved) => {
              setDraft(inputOf(saved));
              onSaved?.(saved);
            },
          },
        );
      }}
    >
      <LocalizedFields
        label={t('programme.name')}
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <NumberInput
        label={t('programme.deadline')}
        min={1}
        max={60}
        value={draft.responseDeadlineDays}
        onChange={(value) => setDraft({ ...draft, responseDeadlineDays: Number(value) || 1 })}
      />
      <PhaseTimeline phases={inTimelineOrder(draft.phases)} />
      <Title order={3} size="h3">
        {t('phase.title')}
      </Title>
      {draft.phases.map((phase, index) => (
        <PhaseFields
          key={index}
          phase={phase}
          centres={centreOptions}
          onChange={(next) => setPhase(index, next)}
          onRemove={() => setPhase(index, null)}
        />
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            setDraft({
              ...draft,
              phases: [...draft.phases, aPhase(draft.phases.at(-1), draft.phases.length + 1)],
            })
          }
        >
          {t('phase.add')}
        </Button>
      </Group>
      <Title order={3} size="h3">
        {t('cohort.title')}
      </Title>
      {draft.cohorts.map((cohort, index) => (
        <Fieldset key={index} legend={t('cohort.legend', { name: cohort.name || cohort.cohortId })}>
          <Group grow align="flex-end">
            <TextInput
              label={t('cohort.id')}
              value={cohort.cohortId}
              required
              onChange={(event) => setCohort(index, { ...cohort, cohortId: event.currentTarget.value })}
            />
            <TextInput
              label={t('cohort.name')}
              value={cohort.name}
              required
              onChange={(event) => setCohort(index, { ...cohort, name: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('cohort.startsOn')}
              value={cohort.startsOn ?? ''}
              onChange={(event) => {
                const startsOn = event.currentTarget.value;
                setCohort(index, startsOn === '' ? without(cohort, 'startsOn') : { ...cohort, startsOn });
              }}
            />
            <Button variant="default" onClick={() => setCohort(index, null)}>
              {t('cohort.remove')}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            setDraft({
              ...draft,
              cohorts: [...draft.cohorts, { cohortId: `cohort-${draft.cohorts.length + 1}`, name: '' }],
            })
          }
        >
          {t('cohort.add')}
        </Button>
      </Group>
      <ProblemAlert error={save.error} />
      {save.isSuccess && (
        <Text role="status" fw={600}>
          {t('programme.saved')}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {programmeId === null ? t('programme.create') : t('programme.save')}
        </Button>
      </Group>
    </Stack>
  );
}
