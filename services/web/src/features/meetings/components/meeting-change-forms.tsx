import { Button, Checkbox, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useChangeMeeting, type MeetingChange } from '../api/meeting-changes';
import { useSlots } from '../api/meetings';
import { zonedTime } from './zoned-time';

/** At most this many other times in one proposal, as messaging accepts. */
const MAX_PROPOSALS = 5;

export interface FormProps {
  readonly meetingId: string;
  readonly introductionId: string;
  /** The reader's own time zone: every time is shown in it. */
  readonly zone: string;
  readonly done: () => void;
}

/** A change form's frame: the problem if refused, the fields, then send and back. */
function ChangeForm({
  meetingId,
  done,
  submit,
  label,
  children,
}: Pick<FormProps, 'meetingId' | 'done'> & {
  readonly submit: () => MeetingChange | null;
  readonly label: string;
  readonly children: (error: unknown) => ReactNode;
}) {
  const { t } = useTranslation('meetingControls');
  const change = useChangeMeeting(meetingId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = submit();
    if (input !== null) change.mutate(input, { onSuccess: done });
  };
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="xs" mt="sm">
        <ProblemAlert error={change.error} />
        {children(change.error)}
        <Group gap="xs">
          <Button type="submit" loading={change.isPending}>
            {label}
          </Button>
          <Button variant="default" onClick={done}>
            {t('back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The words one side writes to the other (a reason, a note): required, either direction. */
const WordsField = ({
  field,
  label,
  value,
  set,
  error,
}: {
  field: 'reason' | 'note';
  label: string;
  value: string;
  set: (v: string) => void;
  error: unknown;
}) => (
  <Textarea
    label={label}
    value={value}
    onChange={(e) => set(e.currentTarget.value)}
    required
    dir="auto"
    error={fieldError(error, field)}
  />
);

/** Move the meeting to one of the advisor's free times (times the advisor proposed come first). */
export function RescheduleForm(props: FormProps & { readonly proposals: readonly string[] }) {
  const { t, i18n } = useTranslation('meetingControls');
  const slots = useSlots(props.introductionId);
  const [startsAt, setStartsAt] = useState('');
  const [reason, setReason] = useState('');
  if (slots.isPending) return <Text>{t('common:loading')}</Text>;
  if (slots.isError) return <ProblemAlert error={slots.error} />;
  const free = slots.data.slots.map((s) => s.startsAt).filter((s) => !props.proposals.includes(s));
  const option = (iso: string, proposed: boolean) => ({
    value: iso,
    label: `${zonedTime(iso, props.zone, i18n.language)}${proposed ? ` — ${t('proposed')}` : ''}`,
  });
  const options = [...props.proposals.map((p) => option(p, true)), ...free.map((s) => option(s, false))];
  return (
    <ChangeForm
      {...props}
      label={t('reschedule.submit')}
      submit={() => (startsAt === '' ? null : { kind: 'reschedule', startsAt, reason })}
    >
      {(error) => (
        <>
          <NativeSelect
            label={t('reschedule.time')}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            data={[{ value: '', label: t('reschedule.choose') }, ...options]}
            required
          />
          <WordsField field="reason" label={t('reason')} value={reason} set={setReason} error={error} />
        </>
      )}
    </ChangeForm>
  );
}

export function CancelForm(props: FormProps) {
  const { t } = useTranslation('meetingControls');
  const [reason, setReason] = useState('');
  return (
    <ChangeForm {...props} label={t('cancel.submit')} submit={() => ({ kind: 'cancel', reason })}>
      {(error) => (
        <WordsField field="reason" label={t('reason')} value={reason} set={setReason} error={error} />
      )}
    </ChangeForm>
  );
}

/** The advisor offers up to five other free times; the startup may then move the meeting to one. */
export function ProposeForm(props: FormProps) {
  const { t, i18n } = useTranslation('meetingControls');
  const slots = useSlots(props.introductionId);
  const [times, setTimes] = useState<string[]>([]);
  if (slots.isPending) return <Text>{t('common:loading')}</Text>;
  if (slots.isError) return <ProblemAlert error={slots.error} />;
  return (
    <ChangeForm
      {...props}
      label={t('propose.submit')}
      submit={() => (times.length === 0 ? null : { kind: 'propose', times })}
    >
      {() => (
        <Checkbox.Group label={t('propose.times', { max: MAX_PROPOSALS })} value={times} onChange={setTimes}>
          <Stack gap={4} mt="xs" mah={240} style={{ overflowY: 'auto' }}>
            {slots.data.slots.map((slot) => (
              <Checkbox
                key={slot.startsAt}
                value={slot.startsAt}
                label={zonedTime(slot.startsAt, props.zone, i18n.language)}
                disabled={times.length >= MAX_PROPOSALS && !times.includes(slot.startsAt)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </ChangeForm>
  );
}

/** After the start: it was held (with a note both sides see) or the other side did not come. */
export function OutcomeForm(props: FormProps) {
  const { t } = useTranslation('meetingControls');
  const [outcome, setOutcome] = useState<string>('held');
  const [note, setNote] = useState('');
  return (
    <ChangeForm
      {...props}
      label={t('outcome.submit')}
      submit={() => ({ kind: 'outcome', outcome: outcome === 'no-show' ? 'no-show' : 'held', note })}
    >
      {(error) => (
        <>
          <Radio.Group label={t('outcome.label')} value={outcome} onChange={setOutcome}>
            <Group gap="md" mt="xs">
              <Radio value="held" label={t('outcome.held')} />
              <Radio value="no-show" label={t('outcome.no-show')} />
            </Group>
          </Radio.Group>
          <WordsField field="note" label={t('outcome.note')} value={note} set={setNote} error={error} />
        </>
      )}
    </ChangeForm>
  );
}
