import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { textIn } from '../../../lib/localized';
import { useAwaitingMilestones, useDecideMilestone, type AwaitingClaim } from '../api/milestones';
import { ClaimState } from './claim-state';

function AwaitingCard({ claim }: { claim: AwaitingClaim }) {
  const { t, i18n } = useTranslation('milestones');
  const decide = useDecideMilestone();
  const [reason, setReason] = useState('');
  const startup =
    claim.startupName.ar === undefined
      ? claim.startupName.latin
      : `${claim.startupName.latin} — ${claim.startupName.ar}`;
  return (
    <Card withBorder padding="md" component="article" aria-label={startup}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {startup}
        </Title>
        <Text fw={600}>{textIn(claim.milestoneName, i18n.language)}</Text>
        <ClaimState claim={claim} />
        <Textarea
          label={t('sendBackReason')}
          value={reason}
          maxLength={1000}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ProblemAlert error={decide.error} />
        <Group>
          <Button
            loading={decide.isPending}
            onClick={() => decide.mutate({ claim, decision: { confirm: true } })}
          >
            {t('confirm')}
          </Button>
          <Button
            variant="default"
            disabled={reason.trim() === ''}
            onClick={() => decide.mutate({ claim, decision: { confirm: false, reason } })}
          >
            {t('sendBack')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Claims waiting for a decision, oldest first: a mentor's own startups, or (in the console) the
 * startups at a centre coordinator's centres — profile decides which claims each may see.
 */
export function AwaitingMilestones({ audience = 'mentor' }: { audience?: 'mentor' | 'coordinator' }) {
  const { t } = useTranslation('milestones');
  const awaiting = useAwaitingMilestones();
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {t('awaitingTitle')}
      </Title>
      <Text>{t(audience === 'mentor' ? 'awaitingIntro' : 'awaitingIntroCentre')}</Text>
      <QueryState
        query={awaiting}
        loading={t('common:loading')}
        empty={awaiting.data?.items.length === 0 && t('awaitingNone')}
      />
      {awaiting.data?.items.map((claim) => (
        <AwaitingCard key={`${claim.startupId}/${claim.milestoneId}`} claim={claim} />
      ))}
    </Stack>
  );
}
