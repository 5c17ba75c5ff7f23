import { Box, Stack, Text, Title, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../api/programmes';
import { localized } from './localized';

const DAY = 86_400_000;
const dayOf = (isoDate: string): number => Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY);
// Keyed by the API's own phase kinds, so a kind profile adds fails this build until it has a colour.
const KIND_COLOURS: Readonly<Record<Phase['kind'], string>> = {
  application: 'var(--mantine-color-blue-8)',
  selection: 'var(--mantine-color-violet-8)',
  training: 'var(--mantine-color-jisr-8)',
  mentoring: 'var(--mantine-color-orange-9)',
  'investment-readiness': 'var(--mantine-color-grape-8)',
  'demo-day': 'var(--mantine-color-red-9)',
  'follow-up': 'var(--mantine-color-gray-8)',
};

/** Every kind of phase, in the order a programme usually runs them. */
export const PHASE_KINDS = Object.keys(KIND_COLOURS) as Phase['kind'][];

/** Where a span sits on the timeline, as percentages of its width from the start edge. */
export interface Span {
  readonly start: number;
  readonly width: number;
}

/** First to last day of the phases; each phase (and each training day) placed on it. */
export function layoutTimeline(phases: readonly Phase[]) {
  const first = Math.min(...phases.map((phase) => dayOf(phase.startsOn)));
  const last = Math.max(...phases.map((phase) => dayOf(phase.endsOn)));
  const days = Math.max(1, last - first + 1);
  const span = (from: number, to: number): Span => ({
    start: ((from - first) / days) * 100,
    width: ((to - from + 1) / days) * 100,
  });
  const months: { label: Date; at: number }[] = [];
  const cursor = new Date(first * DAY);
  cursor.setUTCDate(1);
  for (cursor.setUTCMonth(cursor.getUTCMonth() + 1); dayOf(cursor.toISOString()) <= last;) {
    months.push({ label: new Date(cursor), at: ((dayOf(cursor.toISOString()) - first) / days) * 100 });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return {
    months,
    phases: phases.map((phase) => ({
      phase,
      bar: span(dayOf(phase.startsOn), dayOf(phase.endsOn)),
      sessions: (phase.trainingSessions ?? []).map((session) => ({
        session,
        at: span(dayOf(session.startsAt), dayOf(session.startsAt)).start,
      })),
    })),
  };
}

/**
 * The programme's phases as a Gantt chart: one row per phase, bars placed by date, training days
 * as marks, month lines. Bars are placed from the reading start edge, so Arabic runs right to left.
 */
export function PhaseTimeline({ phases }: { readonly phases: readonly Phase[] }) {
  const { t, i18n } = useTranslation('console-programmes');
  const { dir } = useDirection();
  const from = dir === 'rtl' ? 'right' : 'left';
  const dates = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
  if (phases.length === 0) return <Text>{t('timeline.empty')}</Text>;
  const layout = layoutTimeline(phases);
  return (
    <Stack gap="xs" component="section" aria-labelledby="phase-timeline-title">
      <Title order={3} size="h3" id="phase-timeline-title">
        {t('timeline.title')}
      </Title>
      <Box component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {layout.phases.map(({ phase, bar, sessions }) => {
          const range = dates.formatRange(
            new Date(`${phase.startsOn}T00:00:00Z`),
            new Date(`${phase.endsOn}T00:00:00Z`),
          );
          const name = localized(phase.name, i18n.language);
          return (
            <Box component="li" key={phase.phaseId} mb={6}>
              <Text size="sm" fw={600}>
                {name}{' '}
                <Text span size="xs" c="dimmed">
                  {range}
                </Text>
              </Text>
              <Box pos="relative" h={22} bg="var(--mantine-color-gray-1)" style={{ borderRadius: 4 }}>
                {layout.months.map((tick) => (
                  <Box
                    key={tick.at}
                    pos="absolute"
                    top={0}
                    bottom={0}
                    w={1}
                    bg="var(--mantine-color-gray-4)"
                    style={{ [from]: `${tick.at}%` }}
                  />
                ))}
                <Box
                  role="img"
                  aria-label={t('timeline.bar', { phase: name, range })}
                  pos="absolute"
                  top={3}
                  h={16}
                  style={{
                    [from]: `${bar.start}%`,
                    width: `${bar.width}%`,
                    minWidth: 4,
                    borderRadius: 4,
                    background: KIND_COLOURS[phase.kind],
                  }}
                />
                {sessions.map(({ session, at }) => (
                  <Box
                    key={session.sessionId}
                    role="img"
                    aria-label={t('timeline.session', {
                      title: localized(session.title, i18n.language),
                      date: dates.format(new Date(session.startsAt)),
                    })}
                    pos="absolute"
                    top={6}
                    w={10}
                    h={10}
                    bg="white"
                    style={{
                      [from]: `calc(${at}% - 5px)`,
                      border: '2px solid var(--mantine-color-dark-7)',
                      transform: 'rotate(45deg)',
                    }}
                  />
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
      <Box pos="relative" h={18} aria-hidden>
        {layout.months.map((tick) => (
          <Text key={tick.at} pos="absolute" size="xs" style={{ [from]: `${tick.at}%` }}>
            {month.format(tick.label)}
          </Text>
        ))}
      </Box>
    </Stack>
  );
}
