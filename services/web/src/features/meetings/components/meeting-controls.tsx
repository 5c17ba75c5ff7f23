import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelForm, OutcomeForm, ProposeForm, RescheduleForm } from './meeting-change-forms';
import { zonedTime } from './zoned-time';

type Party = 'startup' | 'advisor';

/** What the controls need of a meeting (the upcoming list and an introduction's list both have it). */
export interface ControlledMeeting {
  readonly id: string;
  readonly introductionId: string;
  readonly status: string;
  readonly startsAt: string;
  readonly timeZones: Readonly<Record<Party, string>>;
  readonly proposals: readonly { readonly startsAt: string }[];
  readonly changes: readonly { readonly by: Party; readonly reason: string; readonly at: string }[];
  readonly outcomes: readonly { readonly by: Party; readonly outcome: string; readonly note: string }[];
}

type Mode = 'reschedule' | 'cancel' | 'propose' | 'outcome' | null;

/** What happened to the meeting so far: its status, the reasons given for changes, the notes after it. */
function MeetingHistory({ meeting, role }: { readonly meeting: ControlledMeeting; readonly role: Party }) {
  const { t, i18n } = useTranslation('meetingControls');
  return (
    <Stack gap={4} mt="xs">
      {meeting.status !== 'scheduled' && (
        <Badge variant="outline" color={meeting.status === 'cancelled' ? 'red.9' : 'jisr'}>
          {t(`status.${meeting.status}`)}
        </Badge>
      )}
      {meeting.proposals.length > 0 && (
        <Text size="sm">
          {t('proposals', {
            times: new Intl.ListFormat(i18n.language).format(
              meeting.proposals.map((p) => zonedTime(p.startsAt, meeting.timeZones[role], i18n.language)),
            ),
          })}
        </Text>
      )}
      {meeting.changes.map((c) => (
        <Text key={c.at} size="sm" dir="auto">
          {`${t(`by.${c.by}`)}: ${c.reason}`}
        </Text>
      ))}
      {meeting.outcomes.map((o) => (
        <Text key={o.by} size="sm" dir="auto">
          {`${t(`by.${o.by}`)} (${t(`outcome.${o.outcome}`)}): ${o.note}`}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * The changes either side can make to a meeting: reschedule or cancel with a reason while it is
 * scheduled, the advisor's other times, and — once it has started — whether it was held.
 */
export function MeetingControls({
  meeting,
  role,
  now = () => Date.now(),
}: {
  readonly meeting: ControlledMeeting;
  readonly role: Party;
  readonly now?: () => number;
}) {
  const { t } = useTranslation('meetingControls');
  const [mode, setMode] = useState<Mode>(null);
  const scheduled = meeting.status === 'scheduled';
  const started = now() >= Date.parse(meeting.startsAt);
  const recordable =
    meeting.status !== 'cancelled' && started && !meeting.outcomes.some((o) => o.by === role);
  const form = {
    meetingId: meeting.id,
    introductionId: meeting.introductionId,
    zone: meeting.timeZones[role],
    done: () => setMode(null),
  };
  return (
    <>
      <MeetingHistory meeting={meeting} role={role} />
      {mode === null && (
        <Group gap="xs" mt="sm">
          {scheduled && !started && (
            <Button size="xs" variant="light" onClick={() => setMode('reschedule')}>
              {t('reschedule.open')}
            </Button>
          )}
          {scheduled && !started && role === 'advisor' && (
            <Button size="xs" variant="light" onClick={() => setMode('propose')}>
              {t('propose.open')}
            </Button>
          )}
          {scheduled && !started && (
            <Button size="xs" variant="light" color="red.9" onClick={() => setMode('cancel')}>
              {t('cancel.open')}
            </Button>
          )}
          {recordable && (
            <Button size="xs" variant="light" onClick={() => setMode('outcome')}>
              {t('outcome.open')}
            </Button>
          )}
        </Group>
      )}
      {mode === 'reschedule' && (
        <RescheduleForm {...form} proposals={meeting.proposals.map((p) => p.startsAt)} />
      )}
      {mode === 'cancel' && <CancelForm {...form} />}
      {mode === 'propose' && <ProposeForm {...form} />}
      {mode === 'outcome' && <OutcomeForm {...form} />}
    </>
  );
}
