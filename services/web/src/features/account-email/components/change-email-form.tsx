import { PasswordInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../components/problem-alert';
import { useChangeEmail } from '../api/account-email';
import { AccountForm } from './account-form';

/** Moving to a new address: confirmed from the new inbox; the old one is told. */
export function ChangeEmailForm() {
  const { t } = useTranslation('account-email');
  const change = useChangeEmail();
  const [newEmail, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <AccountForm
      id="change-email-title"
      title={t('changeEmail.title')}
      submit={t('changeEmail.submit')}
      pending={change.isPending}
      error={change.error}
      done={change.isSuccess ? t('checkInbox', { email: newEmail }) : null}
      onSubmit={() => change.mutate({ newEmail, password })}
    >
      <TextInput
        label={t('newEmail')}
        type="email"
        autoComplete="email"
        required
        value={newEmail}
        error={fieldError(change.error, 'newEmail')}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('currentPassword')}
        autoComplete="current-password"
        required
        value={password}
        error={fieldError(change.error, 'password')}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
    </AccountForm>
  );
}
