import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a startup or advisor sees at a console address (the BFF answers such pages with 403). */
export function CouncilOnly() {
  const { t } = useTranslation('console');
  return (
    <Stack maw={560} gap="sm" role="alert" aria-labelledby="council-only-title">
      <Text c="dimmed" fw={700}>
        403
      </Text>
      <Title order={1} id="council-only-title">
        {t('forbidden.title')}
      </Title>
      <Text>{t('forbidden.body')}</Text>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('forbidden.home')}
      </Button>
    </Stack>
  );
}
