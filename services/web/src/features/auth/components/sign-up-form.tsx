import { Alert, Anchor, Button, Paper, PasswordInput, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { useSignUp } from '../api/session';

export function SignUpForm() {
  const { t } = useTranslation('auth');
  const signUp = useSignUp();
  const [role, setRole] = useState<'startup' | 'advisor'>('startup');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate({ email, password, role });
  };
  return (
    <Paper
      component="form"
      onSubmit={submit}
      withBorder
      p="lg"
      maw={420}
      mx="auto"
      aria-labelledby="sign-up-title"
    >
      <Stack>
        <Title order={1} id="sign-up-title" size="h2">
          {t('signUp.title')}
        </Title>
        <ProblemAlert error={signUp.error} />
        {signUp.isSuccess && (
          <Alert color="green" role="status" variant="light">
            {t('signUp.checkInbox', { email })}
          </Alert>
        )}
        <Radio.Group
          label={t('signUp.role')}
          value={role}
          onChange={(value) => setRole(value === 'advisor' ? 'advisor' : 'startup')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="startup" label={t('signUp.asStartup')} />
            <Radio value="advisor" label={t('signUp.asAdvisor')} />
          </Stack>
        </Radio.Group>
        <TextInput
          label={t('email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          error={fieldError(signUp.error, 'email')}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('password')}
          description={t('signUp.passwordRule')}
          autoComplete="new-password"
          required
          value={password}
          error={fieldError(signUp.error, 'password')}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={signUp.isPending}>
          {t('signUp.submit')}
        </Button>
        <Anchor component={Link} to="/sign-in">
          {t('signUp.haveAccount')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
