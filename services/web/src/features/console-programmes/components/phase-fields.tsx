import { Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phase, TrainingSession } from '../api/programmes';
import { LocalizedFields } from './localized-fields';
import { PHASE_KINDS } from './phase-timeline';
import { localized, replaceAt, without } from './localized';

// Sessions are held at Libyan centres or online for Libyan startups: times are Tripoli's (UTC+2 all year).
const TRIPOLI_OFFSET = '+02:00';
const localTime = (startsAt: string): string => startsAt.slice(0, 16);

const aSession = (phase: Phase): TrainingSession => ({
  sessionId: `session-${(phase.trainingSessions ?? []).length + 1}`,
  title: { en: '', ar: '', tr: '' },
  startsAt: `${phase.startsOn}T09:00:00${TRIPOLI_OFFSET}`,
  durationMinutes: 120,
  online: true,
});

/** One phase of the agenda: kind, name, dates and its training sessions. */
export function PhaseFields({
  phase,
  centres,
  onChange,
  onRemove,
}: {
  readonly phase: Phase;
  readonly centres: readonly { value: string; label: string }[];
  readonly onChange: (next: Phase) => void;
  readonly onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('console-programmes');
  const name = localized(phase.name, i18n.language) || phase.phaseId;
  const sessions = phase.trainingSessions ?? [];
  const setSession = (index: number, next: TrainingSession | null) =>
    onChange({ ...phase, trainingSessions: replaceAt(sessions, index, next) });
  return (
    <Fieldset legend={t('phase.legend', { name })}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Select
            label={t('phase.kind')}
            data={PHASE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            value={phase.kind}
            allowDeselect={false}
            onChange={(kind) => onChange({ ...phase, kind: (kind ?? phase.kind) as Phase['kind'] })}
          />
          <TextInput
            type="date"
            label={t('phase.startsOn', { name })}
            value={phase.startsOn}
            required
            onChange={(event) => onChange({ ...phase, startsOn: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('phase.endsOn', { name })}
            value={phase.endsOn}
            required
            onChange={(event) => onChange({ ...phase, endsOn: event.currentTarget.value })}
          />
        </Group>
        <LocalizedFields
          label={t('phase.name')}
          value={phase.name}
          onChange={(next) => onChange({ ...phase, name: next })}
        />
        {sessions.map((session, index) => (
          <Fieldset key={index} legend={t('session.legend', { number: index + 1 })} variant="filled">
            <LocalizedFields
              label={t('session.title')}
              value={session.title}
              onChange={(title) => setSession(index, { ...session, title })}
            />
            <Group grow align="flex-end">
              <TextInput
                type="datetime-local"
                label={t('session.startsAt')}
                value={localTime(session.startsAt)}
                onChange={(event) =>
                  setSession(index, {
                    ...session,
                    startsAt: `${event.currentTarget.value}:00${TRIPOLI_OFFSET}`,
                  })
                }
              />
              <NumberInput
                label={t('session.duration')}
                min={15}
                max={480}
                step={15}
                value={session.durationMinutes}
                onChange={(value) => setSession(index, { ...session, durationMinutes: Number(value) || 15 })}
              />
              <Select
                label={t('session.centre')}
                data={centres}
                clearable
                value={session.centreId ?? null}
                onChange={(centreId) =>
                  setSession(
                    index,
                    centreId === null ? without(session, 'centreId') : { ...session, centreId },
                  )
                }
              />
              <Checkbox
                label={t('session.online')}
                checked={session.online}
                onChange={(event) => setSession(index, { ...session, online: event.currentTarget.checked })}
              />
              <Button variant="default" onClick={() => setSession(index, null)}>
                {t('session.remove')}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange({ ...phase, trainingSessions: [...sessions, aSession(phase)] })}
          >
            {t('session.add', { name })}
          </Button>
          <Button variant="default" onClick={onRemove}>
            {t('phase.remove', { name })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
