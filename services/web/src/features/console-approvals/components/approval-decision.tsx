import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useDecideApproval, type WaitingApproval } from '../api/approvals';

/** Approve (the action runs), or reject with a reason the requester will read. */
export function ApprovalDecision({ approval }: { approval: WaitingApproval }) {
  const { t } = useTranslation('approvals');
  const decide = useDecideApproval();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { service, approvalId } = approval;
  return (
    <Stack gap="xs">
      <ProblemAlert error={decide.error} />
      {!rejecting && (
        <Group gap="xs">
          <Button
            loading={decide.isPending}
            onClick={() => decide.mutate({ service, approvalId, verdict: 'approve' })}
          >
            {t('approve')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setRejecting(true)}>
            {t('reject')}
          </Button>
        </Group>
      )}
      {rejecting && (
        <Stack
          component="form"
          gap="xs"
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ service, approvalId, verdict: 'reject', reason: reason.trim() });
          }}
        >
          <Textarea
            label={t('reason')}
            description={t('reasonHint')}
            value={reason}
            required
            maxLength={1000}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError(decide.error, 'reason')}
          />
          <Group gap="xs">
            <Button type="submit" color="red.9" loading={decide.isPending} disabled={reason.trim() === ''}>
              {t('confirmReject')}
            </Button>
            <Button variant="subtle" onClick={() => setRejecting(false)}>
              {t('back')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
