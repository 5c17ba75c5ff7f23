import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useMarkReached } from '../api/milestones';

/** Evidence for one milestone — what was done, a link to see it, or both — sent as "reached". */
export function ClaimForm({ startupId, milestoneId }: { startupId: string; milestoneId: string }) {
  const { t } = useTranslation('milestones');
  const mark = useMarkReached(startupId);
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const empty = text.trim() === '' && link.trim() === '';
  return (
    <Stack
      component="form"
      gap="xs"
      onSubmit={(e) => {
        e.preventDefault();
        mark.mutate({ milestoneId, text, link });
      }}
    >
      <Textarea
        label={t('evidenceText')}
        description={t('evidenceTextHint')}
        value={text}
        maxLength={2000}
        autosize
        minRows={2}
        error={fieldError(mark.error, 'text')}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <TextInput
        label={t('evidenceLink')}
        description={t('evidenceLinkHint')}
        type="url"
        dir="ltr"
        value={link}
        error={fieldError(mark.error, 'link')}
        onChange={(e) => setLink(e.currentTarget.value)}
      />
      <ProblemAlert error={mark.error} />
      <Group>
        <Button type="submit" disabled={empty} loading={mark.isPending}>
          {t('markReached')}
        </Button>
      </Group>
    </Stack>
  );
}
