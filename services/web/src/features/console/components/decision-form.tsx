import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useDecideVerification, type Decision } from '../api/verification';

/** Approve, or reject with a reason the owner will read. */
export function DecisionForm({ kind, id }: Pick<Decision, 'kind' | 'id'>) {
  const { t } = useTranslation('console');
  const decide = useDecideVerification();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <Stack gap="xs">
      <ProblemAlert error={decide.error} />
      {!rejecting && (
        <Group gap="xs">
          <Button
            loading={decide.isPending}
            onClick={() => decide.mutate({ kind, id, decision: 'verified' })}
          >
            {t('queue.approve')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setRejecting(true)}>
            {t('queue.reject')}
          </Button>
        </Group>
      )}
      {rejecting && (
        <Stack
          component="form"
          gap="xs"
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ kind, id, decision: 'rejected', reason: reason.trim() });
          }}
        >
          <Textarea
            id={reasonId}
            label={t('queue.reason')}
            description={t('queue.reasonHint')}
            value={reason}
            required
            maxLength={500}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError(decide.error, 'reason')}
          />
          <Group gap="xs">
            <Button type="submit" color="red.9" loading={decide.isPending} disabled={reason.trim() === ''}>
              {t('queue.confirmReject')}
            </Button>
            <Button variant="subtle" onClick={() => setRejecting(false)}>
              {t('queue.back')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
