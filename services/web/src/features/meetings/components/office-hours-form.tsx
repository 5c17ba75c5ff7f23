import { Button, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAvailability, useSaveAvailability, type Availability } from '../api/meetings';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type Day = { start: string; end: string };

/** The advisor's weekly office hours (one span per day), length, buffer, notice and horizon. */
export function OfficeHoursForm() {
  const { t } = useTranslation('meetings');
  const current = useAvailability();
  const save = useSaveAvailability();
  const [draft, setDraft] = useState<Availability | null>(null);
  useEffect(() => {
    if (current.data !== undefined && draft === null) setDraft(current.data);
  }, [current.data, draft]);
  if (current.isError) return <ProblemAlert error={current.error} />;
  if (draft === null) return <Text>{t('common:loading')}</Text>;
  const dayOf = (weekday: number): Day =>
    draft.weekly.find((w) => w.weekday === weekday) ?? { start: '', end: '' };
  const setDay = (weekday: number, day: Day) =>
    setDraft({
      ...draft,
      weekly: [
        ...draft.weekly.filter((w) => w.weekday !== weekday),
        ...(day.start === '' && day.end === '' ? [] : [{ weekday, ...day }]),
      ].sort((a, b) => a.weekday - b.weekday),
    });
  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft);
      }}
    >
      <Title order={2}>{t('hours.title')}</Title>
      <TextInput
        label={t('hours.zone')}
        value={draft.timeZone}
        onChange={(e) => setDraft({ ...draft, timeZone: e.currentTarget.value })}
      />
      {WEEKDAYS.map((weekday) => (
        <Group key={weekday} grow>
          <TextInput
            label={`${t(`weekday.${weekday}`)} – ${t('hours.from')}`}
            placeholder="14:00"
            value={dayOf(weekday).start}
            onChange={(e) => setDay(weekday, { ...dayOf(weekday), start: e.currentTarget.value })}
          />
          <TextInput
            label={`${t(`weekday.${weekday}`)} – ${t('hours.to')}`}
            placeholder="17:00"
            value={dayOf(weekday).end}
            onChange={(e) => setDay(weekday, { ...dayOf(weekday), end: e.currentTarget.value })}
          />
        </Group>
      ))}
      <Select
        label={t('hours.length')}
        data={['30', '45', '60']}
        value={String(draft.meetingMinutes)}
        onChange={(v) => setDraft({ ...draft, meetingMinutes: Number(v ?? 30) })}
      />
      <Select
        label={t('hours.buffer')}
        data={['0', '15', '30', '45', '60']}
        value={String(draft.bufferMinutes)}
        onChange={(v) => setDraft({ ...draft, bufferMinutes: Number(v ?? 0) })}
      />
      <NumberInput
        label={t('hours.notice')}
        min={0}
        value={draft.minimumNoticeHours}
        onChange={(v) => setDraft({ ...draft, minimumNoticeHours: Number(v) })}
      />
      <NumberInput
        label={t('hours.horizon')}
        min={1}
        max={365}
        value={draft.horizonDays}
        onChange={(v) => setDraft({ ...draft, horizonDays: Number(v) })}
      />
      {save.isError && <ProblemAlert error={save.error} />}
      {save.isSuccess && <Text role="status">{t('hours.saved')}</Text>}
      <Button type="submit" loading={save.isPending}>
        {t('hours.save')}
      </Button>
    </Stack>
  );
}
