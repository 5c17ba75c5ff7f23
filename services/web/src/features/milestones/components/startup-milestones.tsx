import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { textIn } from '../../../lib/localized';
import { useStartupMilestones } from '../api/milestones';
import { ClaimForm } from './claim-form';
import { ClaimState } from './claim-state';

/** The startup's page: each phase's milestones, where each claim stands, and a form where one is due. */
export function StartupMilestones({ startupId }: { startupId: string }) {
  const { t, i18n } = useTranslation('milestones');
  const page = useStartupMilestones(startupId);
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      <QueryState query={page} loading={t('common:loading')} />
      {page.data?.programmeId === null && <Text c="dimmed">{t('noProgramme')}</Text>}
      {page.data?.phases
        .filter((phase) => phase.milestones.length > 0)
        .map((phase) => (
          <Stack
            key={phase.phaseId}
            gap="sm"
            component="section"
            aria-label={textIn(phase.name, i18n.language)}
          >
            <Title order={2} size="h3">
              {textIn(phase.name, i18n.language)}
            </Title>
            {phase.milestones.map((milestone) => (
              <Card key={milestone.milestoneId} withBorder padding="md">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Title order={3} size="h4">
                    {textIn(milestone.name, i18n.language)}
                  </Title>
                  <ClaimState claim={milestone.progress} />
                </Group>
                {(milestone.progress === null || milestone.progress.state === 'sent-back') && (
                  <ClaimForm startupId={startupId} milestoneId={milestone.milestoneId} />
                )}
              </Card>
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
