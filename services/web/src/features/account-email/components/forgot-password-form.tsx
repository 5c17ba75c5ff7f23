import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../components/problem-alert';
import { useRequestPasswordReset } from '../api/account-email';
import { AccountForm } from './account-form';

/** "Forgot password": the same answer for any address, so the page never tells who has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('account-email');
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  return (
    <AccountForm
      id="forgot-title"
      title={t('forgot.title')}
      submit={t('forgot.submit')}
      pending={request.isPending}
      error={request.error}
      done={request.isSuccess ? t('checkInbox', { email }) : null}
      onSubmit={() => request.mutate(email)}
    >
      <TextInput
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        value={email}
        error={fieldError(request.error, 'email')}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
    </AccountForm>
  );
}
