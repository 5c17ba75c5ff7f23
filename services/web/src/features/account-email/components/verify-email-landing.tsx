import { Alert, Anchor, Loader, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useVerifyEmail } from '../api/account-email';

/** Where a verification email's link leads: the link is spent once, on arrival. */
export function VerifyEmailLanding() {
  const { t } = useTranslation('account-email');
  const [params] = useSearchParams();
  const verify = useVerifyEmail();
  const token = params.get('token') ?? '';
  const { mutate } = verify;
  // A link works once: React's strict mode runs effects twice, so remember which token was sent.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === token) return;
    sent.current = token;
    mutate(token);
  }, [mutate, token]);
  return (
    <Paper withBorder p="lg" maw={420} mx="auto" aria-labelledby="verify-title">
      <Stack>
        <Title order={1} id="verify-title" size="h2">
          {t('verify.title')}
        </Title>
        {verify.isPending && <Loader aria-label={t('verify.checking')} />}
        <ProblemAlert error={verify.error} />
        {verify.isSuccess && (
          <Alert color="green" role="status" variant="light">
            {t('verify.done', { email: verify.data.email })}
          </Alert>
        )}
        <Anchor component={Link} to="/sign-in">
          {t('signIn')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
