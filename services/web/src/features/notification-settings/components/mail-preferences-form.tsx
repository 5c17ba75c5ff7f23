import { Alert, Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  MAIL_DELIVERIES,
  MAIL_KINDS,
  useMailPreferences,
  useSaveMailPreferences,
  type MailChoices,
} from '../api/mail-preferences';

/** One choice per kind of email — immediately, a daily digest, or never — saved together. */
export function MailPreferencesForm() {
  const { t } = useTranslation('notification-settings');
  const current = useMailPreferences();
  const save = useSaveMailPreferences();
  const [draft, setDraft] = useState<MailChoices | null>(null);
  useEffect(() => {
    if (current.data !== undefined && draft === null) setDraft(current.data.choices);
  }, [current.data, draft]);
  if (current.isError) return <ProblemAlert error={current.error} />;
  if (draft === null) return <Text>{t('common:loading')}</Text>;
  return (
    <Stack
      component="form"
      maw={640}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft);
      }}
    >
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      {MAIL_KINDS.map((kind) => (
        <Radio.Group
          key={kind}
          label={t(`kind.${kind}`)}
          description={t(`hint.${kind}`)}
          value={draft[kind]}
          onChange={(value) => {
            setDraft({ ...draft, [kind]: value });
            save.reset();
          }}
        >
          <Group mt="xs">
            {MAIL_DELIVERIES.map((delivery) => (
              <Radio key={delivery} value={delivery} label={t(`delivery.${delivery}`)} />
            ))}
          </Group>
        </Radio.Group>
      ))}
      <ProblemAlert error={save.error} />
      {save.isSuccess && (
        <Alert color="green" role="status" variant="light">
          {t('saved')}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('save')}
        </Button>
      </Group>
    </Stack>
  );
}
