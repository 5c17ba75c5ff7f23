import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Filled badges: white on these shades keeps AA contrast; the light variants' pale fills do not.
const COLOURS = { pending: 'gray.8', verified: 'jisr', rejected: 'red.9' } as const;

export function VerificationBadge({ status }: { status: keyof typeof COLOURS }) {
  const { t } = useTranslation('console');
  return (
    <Badge color={COLOURS[status]} variant="filled">
      {t(`verification.${status}`)}
    </Badge>
  );
}
