import { Alert, Button, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { textIn } from '../../../lib/localized';
import { useAttendanceActions, useRoster, useSessionsToRun, type StaffSession } from '../api/training';
import { whenIn } from './when';

function Roster({ session }: { session: StaffSession }) {
  const { t, i18n } = useTranslation('training');
  const roster = useRoster(session.programmeId, session.sessionId);
  const { mark, showCode } = useAttendanceActions(session.programmeId, session.sessionId);
  const [ticked, setTicked] = useState<string[]>([]);
  return (
    <Stack>
      <QueryState
        query={roster}
        loading={t('common:loading')}
        empty={roster.data?.seats.length === 0 && t('attendance.nobody')}
      />
      {roster.data?.seats.map((seat) => (
        <Checkbox
          key={seat.startupId}
          label={i18n.language === 'ar' && seat.name.ar !== undefined ? seat.name.ar : seat.name.latin}
          checked={seat.attended || ticked.includes(seat.startupId)}
          disabled={seat.attended}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setTicked((now) => (on ? [...now, seat.startupId] : now.filter((id) => id !== seat.startupId)));
          }}
        />
      ))}
      <Group>
        <Button
          disabled={ticked.length === 0}
          loading={mark.isPending}
          onClick={() => mark.mutate(ticked, { onSuccess: () => setTicked([]) })}
        >
          {t('attendance.mark', { count: ticked.length })}
        </Button>
        <Button variant="light" loading={showCode.isPending} onClick={() => showCode.mutate()}>
          {t('attendance.showCode')}
        </Button>
      </Group>
      {showCode.data !== undefined && (
        <Alert color="blue" variant="light" role="status" title={t('attendance.codeTitle')}>
          <Text size="xl" fw={700} ff="monospace" dir="ltr" data-testid="check-in-code">
            {showCode.data.code}
          </Text>
          <Text size="sm">
            {t('attendance.codeUntil', { time: whenIn(showCode.data.expiresAt, i18n.language) })}
          </Text>
        </Alert>
      )}
      <ProblemAlert error={mark.error ?? showCode.error} />
    </Stack>
  );
}

/** The console's attendance page: pick a session you run, tick who came, or show a check-in code. */
export function AttendancePage() {
  const { t, i18n } = useTranslation('training');
  const sessions = useSessionsToRun();
  const [chosen, setChosen] = useState<string | null>(null);
  const keyOf = (s: StaffSession) => `${s.programmeId}/${s.sessionId}`;
  const session = sessions.data?.find((s) => keyOf(s) === chosen);
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('attendance.title')}
      </Title>
      <QueryState
        query={sessions}
        loading={t('common:loading')}
        empty={sessions.data?.length === 0 && t('attendance.none')}
      />
      {sessions.data !== undefined && sessions.data.length > 0 && (
        <Select
          label={t('attendance.pick')}
          value={chosen}
          onChange={setChosen}
          data={sessions.data.map((s) => ({
            value: keyOf(s),
            label: `${textIn(s.title, i18n.language)} — ${whenIn(s.startsAt, i18n.language)} (${s.centreId ?? t('online')})`,
          }))}
        />
      )}
      {session !== undefined && <Roster key={chosen} session={session} />}
    </Stack>
  );
}
