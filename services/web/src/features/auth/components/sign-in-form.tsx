import { Anchor, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSignIn } from '../api/session';

export function SignInForm() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => void navigate('/') });
  };
  return (
    <Paper
      component="form"
      onSubmit={submit}
      withBorder
      p="lg"
      maw={420}
      mx="auto"
      aria-labelledby="sign-in-title"
    >
      <Stack>
        <Title order={1} id="sign-in-title" size="h2">
          {t('signIn.title')}
        </Title>
        <ProblemAlert error={signIn.error} />
        <TextInput
          label={t('email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
        <Anchor component={Link} to="/sign-up">
          {t('signIn.noAccount')}
        </Anchor>
        <Anchor component={Link} to="/forgot-password">
          {t('signIn.forgot')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
