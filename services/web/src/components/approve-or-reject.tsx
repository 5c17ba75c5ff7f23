import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useId, useState } from 'react';
import { fieldError, ProblemAlert } from './problem-alert';

/** The words of one decision: each feature passes its own translations. */
export interface DecisionLabels {
  readonly approve: string;
  readonly reject: string;
  readonly reason: string;
  readonly reasonHint: string;
  readonly confirmReject: string;
  readonly back: string;
}

interface ApproveOrRejectProps {
  readonly labels: DecisionLabels;
  readonly reasonMaxLength: number;
  readonly pending: boolean;
  readonly error: unknown;
  onApprove(): void;
  /** Called with the trimmed, non-empty reason the other person will read. */
  onReject(reason: string): void;
}

/** Approve at once, or reject after writing a reason (the verification queue and four-eyes approvals). */
export function ApproveOrReject({
  labels,
  reasonMaxLength,
  pending,
  error,
  onApprove,
  onReject,
}: ApproveOrRejectProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <Stack gap="xs">
      <ProblemAlert error={error} />
      {!rejecting && (
        <Group gap="xs">
          <Button loading={pending} onClick={onApprove}>
            {labels.approve}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setRejecting(true)}>
            {labels.reject}
          </Button>
        </Group>
      )}
      {rejecting && (
        <Stack
          component="form"
          gap="xs"
          onSubmit={(event) => {
            event.preventDefault();
            onReject(reason.trim());
          }}
        >
          <Textarea
            id={reasonId}
            label={labels.reason}
            description={labels.reasonHint}
            value={reason}
            required
            maxLength={reasonMaxLength}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError(error, 'reason')}
          />
          <Group gap="xs">
            <Button type="submit" color="red.9" loading={pending} disabled={reason.trim() === ''}>
              {labels.confirmReject}
            </Button>
            <Button variant="subtle" onClick={() => setRejecting(false)}>
              {labels.back}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
