import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../lib/languages';

interface Verification {
  readonly status: 'pending' | 'verified' | 'rejected';
  /** Profile's own words for the owner, with the council's reason when it said no. */
  readonly notice: Readonly<Record<Language, string>>;
}

// Dark shades: outline text on white keeps WCAG AA contrast (Mantine's yellow and teal fall short).
const COLOUR = { none: 'gray.8', pending: '#8a5a00', verified: 'jisr.9', rejected: 'red.9' } as const;

/** Where the council stands on this profile; `null` before the profile is first saved. */
export function VerificationStatus({ verification }: { readonly verification: Verification | null }) {
  const { t, i18n } = useTranslation('profiles');
  const status = verification?.status ?? 'none';
  return (
    <Alert color={COLOUR[status]} variant="outline" title={t(`verification.${status}`)} role="status">
      {verification?.notice[i18n.language as Language] ?? t('verification.noneText')}
    </Alert>
  );
}
