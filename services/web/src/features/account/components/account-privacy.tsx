import { Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useEraseAccount, useExportData } from '../api/privacy';

/** Export my data; erase my account after typing a confirmation word. */
export function AccountPrivacy({ accountId }: { readonly accountId: string }) {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const exportData = useExportData(accountId);
  const erase = useEraseAccount(accountId);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const download = () =>
    exportData.mutate(undefined, {
      onSuccess: (blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'jisr-my-data.json';
        link.click();
        URL.revokeObjectURL(link.href);
      },
    });
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h4">
            {t('export.title')}
          </Title>
          <Text>{t('export.text')}</Text>
          <ProblemAlert error={exportData.error} />
          <Group>
            <Button onClick={download} loading={exportData.isPending}>
              {t('export.action')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h4">
            {t('erase.title')}
          </Title>
          <Text>{t('erase.text')}</Text>
          <Group>
            <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
              {t('erase.action')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('erase.confirmTitle')}>
        <Stack>
          <Text>{t('erase.confirmText', { word: t('erase.word') })}</Text>
          <TextInput
            label={t('erase.confirmLabel', { word: t('erase.word') })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
          <ProblemAlert error={erase.error} />
          <Button
            color="red.9"
            disabled={typed.trim() !== t('erase.word')}
            loading={erase.isPending}
            onClick={() => erase.mutate(undefined, { onSuccess: () => void navigate('/sign-up') })}
          >
            {t('erase.confirmAction')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
