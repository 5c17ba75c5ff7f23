import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { DECLINE_REASONS, useDecision, type DeclineReason } from '../api/inbox';

/** Accept, decline with a reason, or ask the startup for more information. */
export function InboxDecision({
  introductionId,
  canAsk,
}: {
  readonly introductionId: string;
  readonly canAsk: boolean;
}) {
  const { t } = useTranslation('inbox');
  const decision = useDecision(introductionId);
  const [mode, setMode] = useState<'choose' | 'decline' | 'ask'>('choose');
  const [reason, setReason] = useState<DeclineReason>('no-capacity');
  const [comment, setComment] = useState('');
  const [question, setQuestion] = useState('');
  return (
    <Stack gap="sm">
      <ProblemAlert error={decision.error} />
      {mode === 'choose' && (
        <Group>
          <Button loading={decision.isPending} onClick={() => decision.mutate({ kind: 'accept' })}>
            {t('accept')}
          </Button>
          <Button variant="outline" color="red" onClick={() => setMode('decline')}>
            {t('decline')}
          </Button>
          {canAsk && (
            <Button variant="outline" onClick={() => setMode('ask')}>
              {t('ask')}
            </Button>
          )}
        </Group>
      )}
      {mode === 'decline' && (
        <Stack
          component="form"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault();
            decision.mutate({ kind: 'decline', reason, comment: comment.trim() });
          }}
        >
          <NativeSelect
            label={t('reason.label')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value as DeclineReason)}
            data={DECLINE_REASONS.map((value) => ({ value, label: t(`reason.${value}`) }))}
            error={fieldError(decision.error, 'reason')}
          />
          <Textarea
            label={t('comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            maxLength={1000}
            error={fieldError(decision.error, 'comment')}
          />
          <Group>
            <Button type="submit" color="red" loading={decision.isPending}>
              {t('confirmDecline')}
            </Button>
            <Button variant="subtle" onClick={() => setMode('choose')}>
              {t('back')}
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'ask' && (
        <Stack
          component="form"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault();
            decision.mutate({ kind: 'ask', question: question.trim() });
          }}
        >
          <Textarea
            label={t('question')}
            value={question}
            onChange={(event) => setQuestion(event.currentTarget.value)}
            maxLength={1000}
            required
            error={fieldError(decision.error, 'question')}
          />
          <Group>
            <Button type="submit" loading={decision.isPending} disabled={question.trim() === ''}>
              {t('sendQuestion')}
            </Button>
            <Button variant="subtle" onClick={() => setMode('choose')}>
              {t('back')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
