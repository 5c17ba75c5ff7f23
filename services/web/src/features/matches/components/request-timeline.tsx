import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OPEN_STATES } from '../api/matches';

type DeclineReason = 'no-capacity' | 'not-my-sector' | 'stage-mismatch' | 'language' | 'other';
type ExpiryReason = 'deadline-passed' | 'advisor-unresponsive' | 'advisor-paused' | 'info-not-provided';

export interface RequestHistory {
  readonly state: string;
  readonly requestedAt: string;
  readonly acceptedAt?: string | null;
  readonly closedAt?: string | null;
  readonly declineReason?: DeclineReason | null;
  readonly expiryReason?: ExpiryReason | null;
}

/** A request's steps so far — sent, accepted, closed (and why) — or that it still awaits an answer. */
export function RequestTimeline({ request }: { readonly request: RequestHistory }) {
  const { t, i18n } = useTranslation('matches');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const on = (at: string) => date.format(new Date(at));
  const steps: { key: string; title: string; why?: string }[] = [
    { key: 'requested', title: t('timeline.requested', { date: on(request.requestedAt) }) },
  ];
  if (request.acceptedAt)
    steps.push({ key: 'accepted', title: t('timeline.accepted', { date: on(request.acceptedAt) }) });
  if (request.closedAt) {
    const why = request.declineReason
      ? t(`timeline.declineReason.${request.declineReason}`)
      : request.expiryReason
        ? t(`timeline.expiryReason.${request.expiryReason}`)
        : undefined;
    steps.push({
      key: 'closed',
      title: t('timeline.closed', {
        state: t(`requests.state.${request.state}`),
        date: on(request.closedAt),
      }),
      ...(why === undefined ? {} : { why }),
    });
  }
  return (
    <Timeline
      active={steps.length - 1}
      bulletSize={14}
      lineWidth={2}
      aria-label={t('timeline.label')}
      my="sm"
    >
      {steps.map((step) => (
        <Timeline.Item key={step.key} title={step.title}>
          {step.why !== undefined && (
            <Text size="sm" c="dimmed">
              {step.why}
            </Text>
          )}
        </Timeline.Item>
      ))}
      {OPEN_STATES.has(request.state) && <Timeline.Item key="awaiting" title={t('timeline.awaiting')} />}
    </Timeline>
  );
}
