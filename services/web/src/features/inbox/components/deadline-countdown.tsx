import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest whole unit left, so "in 2 days" rather than "in 53 hours". */
export const remaining = (ms: number): [number, Intl.RelativeTimeFormatUnit] =>
  ms >= DAY
    ? [Math.floor(ms / DAY), 'day']
    : ms >= HOUR
      ? [Math.floor(ms / HOUR), 'hour']
      : [Math.ceil(ms / MINUTE), 'minute'];

/** Time left to answer, in the reader's language, refreshed each minute. */
export function DeadlineCountdown({ deadlineAt }: { readonly deadlineAt: string }) {
  const { t, i18n } = useTranslation('inbox');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  const left = Date.parse(deadlineAt) - now;
  if (left <= 0)
    return (
      <Text c="red" fw={600}>
        {t('deadline.passed')}
      </Text>
    );
  const [amount, unit] = remaining(left);
  const when = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'always' }).format(amount, unit);
  return (
    <Text fw={600} {...(left < DAY ? { c: 'red' } : {})}>
      {t('deadline.answer', { when })}
    </Text>
  );
}
