import { Anchor, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fieldError } from '../../../components/problem-alert';
import { useResetPassword } from '../api/account-email';
import { AccountForm } from './account-form';

/** Where a reset email's link leads: a new password, then sign in again (every session was ended). */
export function ResetPasswordForm() {
  const { t } = useTranslation('account-email');
  const [params] = useSearchParams();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  return (
    <AccountForm
      id="reset-title"
      title={t('reset.title')}
      submit={t('reset.submit')}
      pending={reset.isPending}
      error={reset.error}
      done={reset.isSuccess ? t('reset.done') : null}
      onSubmit={() => reset.mutate({ token: params.get('token') ?? '', password })}
    >
      {reset.isSuccess ? (
        <Anchor component={Link} to="/sign-in">
          {t('signIn')}
        </Anchor>
      ) : (
        <PasswordInput
          label={t('newPassword')}
          description={t('passwordRule')}
          autoComplete="new-password"
          required
          value={password}
          error={fieldError(reset.error, 'password')}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
      )}
    </AccountForm>
  );
}
