import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../components/problem-alert';
import { useChangePassword } from '../api/account-email';
import { AccountForm } from './account-form';

/** A signed-in person changes their password; their other sessions end, this one stays. */
export function ChangePasswordForm() {
  const { t } = useTranslation('account-email');
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  return (
    <AccountForm
      id="change-password-title"
      title={t('changePassword.title')}
      submit={t('changePassword.submit')}
      pending={change.isPending}
      error={change.error}
      done={change.isSuccess ? t('changePassword.done') : null}
      onSubmit={() => change.mutate({ currentPassword, newPassword })}
    >
      <PasswordInput
        label={t('currentPassword')}
        autoComplete="current-password"
        required
        value={currentPassword}
        error={fieldError(change.error, 'currentPassword')}
        onChange={(e) => setCurrent(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('newPassword')}
        description={t('passwordRule')}
        autoComplete="new-password"
        required
        value={newPassword}
        error={fieldError(change.error, 'newPassword')}
        onChange={(e) => setNew(e.currentTarget.value)}
      />
    </AccountForm>
  );
}
