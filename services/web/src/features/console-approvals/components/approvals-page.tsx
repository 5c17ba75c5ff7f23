import { PageHeading } from '../../../components/page-heading';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { useWaitingApprovals, type WaitingApproval } from '../api/approvals';
import { ApprovalDecision } from './approval-decision';

const KNOWN_ACTIONS = ['account.erase', 'advisor.deactivate', 'cohort-round.confirm'];

function ApprovalCard({ approval, when }: { approval: WaitingApproval; when: Intl.DateTimeFormat }) {
  const { t } = useTranslation('approvals');
  const action = KNOWN_ACTIONS.includes(approval.action) ? approval.action : 'other';
  return (
    <Card withBorder component="li" aria-label={t(`action.${action}`, { id: approval.target.id })}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Title order={3} size="h5">
            {t(`action.${action}`, { id: approval.target.id })}
          </Title>
          <Badge color="dark.6">{t(`service.${approval.service}`)}</Badge>
        </Group>
        <Text size="sm">
          {t('requested', {
            by: approval.requestedBy.accountId,
            at: when.format(new Date(approval.requestedAt)),
          })}
        </Text>
        <Text size="sm" fw={600}>
          {t('expires', { at: when.format(new Date(approval.expiresAt)) })}
        </Text>
        <ApprovalDecision approval={approval} />
      </Stack>
    </Card>
  );
}

/** Approvals waiting for me: four-eyes requests of other staff, from every service, that my roles may decide. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation('approvals');
  const waiting = useWaitingApprovals();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const items = waiting.data ?? [];
  return (
    <Stack gap="md">
      <PageHeading title={t('title')} intro={t('intro')} />
      <QueryState query={waiting} loading={t('loading')} empty={items.length === 0 && t('empty')} />
      {items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }} aria-label={t('title')}>
          {items.map((approval) => (
            <ApprovalCard
              key={`${approval.service}:${approval.approvalId}`}
              approval={approval}
              when={when}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
