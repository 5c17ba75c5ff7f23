import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../api/milestones';

// Outlined in the darkest shades, so the label keeps a 4.5:1 contrast on white (axe).
const COLOURS = { reached: 'blue.9', confirmed: 'green.9', 'sent-back': 'red.9' } as const;

/** Where a claim stands, with its evidence and, once decided, who decided and why. */
export function ClaimState({ claim }: { claim: Claim | null }) {
  const { t, i18n } = useTranslation('milestones');
  if (claim === null)
    return (
      <Badge color="dark.6" variant="outline">
        {t('state.open')}
      </Badge>
    );
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <Stack gap={4}>
      <Badge color={COLOURS[claim.state]} variant="outline">
        {t(`state.${claim.state}`)}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('reachedOn', { date: when(claim.reachedAt) })}
      </Text>
      {claim.evidence.text !== null && <Text size="sm">{claim.evidence.text}</Text>}
      {claim.evidence.link !== null && (
        <Anchor
          size="sm"
          href={claim.evidence.link}
          target="_blank"
          rel="noopener noreferrer nofollow"
          dir="ltr"
        >
          {claim.evidence.link}
        </Anchor>
      )}
      {claim.decision !== null && (
        <Text size="sm">
          {t(`decidedBy.${claim.decision.as}`, { date: when(claim.decision.at) })}
          {claim.decision.reason !== null && ` — ${claim.decision.reason}`}
        </Text>
      )}
    </Stack>
  );
}
