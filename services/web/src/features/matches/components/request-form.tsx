import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';

export interface RequestFormProps {
  readonly advisorName: string;
  /** Requests of this startup still awaiting an answer, and how many may be open at once. */
  readonly openRequests: number;
  readonly maxOpenRequests: number;
  readonly onSubmit: (note: string) => Promise<void>;
}

/** Ask a mentor or investor for an introduction, with a note, while one of the open requests is left. */
export function RequestForm({ advisorName, openRequests, maxOpenRequests, onSubmit }: RequestFormProps) {
  const { t } = useTranslation('matches');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const left = Math.max(0, maxOpenRequests - openRequests);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      await onSubmit(note.trim());
      setNote('');
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  };
  return (
    <Stack component="form" onSubmit={(event) => void submit(event)} gap="sm">
      <Text size="sm" aria-live="polite">
        {t('requestsLeft', { left, max: maxOpenRequests })}
      </Text>
      <ProblemAlert error={error} />
      <Textarea
        label={t('note', { name: advisorName })}
        description={t('noteHint')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fieldError(error, 'note')}
        autosize
        minRows={3}
        maxLength={1000}
        required
      />
      <Button type="submit" loading={sending} disabled={left === 0 || note.trim() === ''}>
        {t('requestIntroduction')}
      </Button>
    </Stack>
  );
}
