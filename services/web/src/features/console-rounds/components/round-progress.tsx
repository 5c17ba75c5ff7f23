import { Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * While matching computes the round: the preview is one request with no progress of its own to
 * report, so this says what is being done and for how long, not a made-up percentage.
 */
export function RoundProgress({ startups }: { readonly startups: number }) {
  const { t } = useTranslation('console-rounds');
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds((value) => value + 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Group role="status" gap="sm">
      <Loader size="sm" aria-hidden />
      <Text>{t('progress.running', { startups, seconds })}</Text>
    </Group>
  );
}
