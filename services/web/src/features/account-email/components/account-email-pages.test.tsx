import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { ChangeEmailForm } from './change-email-form';
import { ChangePasswordForm } from './change-password-form';
import { ForgotPasswordForm } from './forgot-password-form';
import { ResetPasswordForm } from './reset-password-form';
import { VerifyEmailLanding } from './verify-email-landing';

interface Call {
  readonly url: string;
  readonly body: unknown;
  readonly csrf: string | null;
}

/** The BFF as the browser sees it: every POST is recorded and answered with `reply`. */
const serve = (reply: { status: number; body?: unknown }) => {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    calls.push({ url: request.url, body: await request.json(), csrf: request.headers.get('x-jisr-csrf') });
    return reply.body === undefined
      ? new Response(null, { status: reply.status })
      : new Response(JSON.stringify(reply.body), {
          status: reply.status,
          headers: { 'content-type': reply.status < 400 ? 'application/json' : 'application/problem+json' },
        });
  });
  return calls;
};

afterEach(() => vi.unstubAllGlobals());

describe('verify-email landing', () => {
  test('when an Arabic reader opens the link, then the token is sent once and the confirmation shows right to left', async () => {
    const calls = serve({ status: 200, body: { email: 'aisha@example.ly', purpose: 'verify-email' } });
    renderInApp(<VerifyEmailLanding />, { language: 'ar', path: '/verify-email?token=tok-123' });

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('aisha@example.ly'),
    );
    expect(calls).toEqual([
      {
        url: expect.stringContaining('/api/profile/v1/email-verifications'),
        body: { token: 'tok-123' },
        csrf: '1',
      },
    ]);
    expect(screen.getByRole('heading', { name: 'أكّد عنوان بريدك الإلكتروني' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });

  test('when the link was already used, then the service’s problem is shown', async () => {
    serve({
      status: 400,
      body: {
        status: 400,
        code: 'ACCOUNT.INVALID_EMAIL_TOKEN',
        detail: 'This link is not valid any more; ask for a new one.',
        errors: [],
      },
    });
    renderInApp(<VerifyEmailLanding />, { language: 'en', path: '/verify-email?token=used' });

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('not valid any more'),
    );
  });
});

describe('password pages', () => {
  test('when a Turkish reader asks for a reset link, then the address is sent and "check your inbox" is shown', async () => {
    const calls = serve({ status: 202, body: { email: 'ali@example.com.tr', status: 'received' } });
    renderInApp(<ForgotPasswordForm />, { language: 'tr' });

    await userEvent.type(
      screen.getByLabelText('E-posta', { exact: false, selector: 'input' }),
      'ali@example.com.tr',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bana sıfırlama bağlantısı gönder' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Gelen kutunuza bakın'),
    );
    expect(calls[0]).toMatchObject({
      url: expect.stringContaining('/v1/password-resets'),
      body: { email: 'ali@example.com.tr' },
    });
  });

  test('when a reader opens a reset link and sets a password, then the token from the link and the password are sent', async () => {
    const calls = serve({ status: 204 });
    renderInApp(<ResetPasswordForm />, { language: 'en', path: '/reset-password?token=reset-tok' });

    await userEvent.type(
      screen.getByLabelText('New password', { exact: false, selector: 'input' }),
      'a brand new passphrase 42',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('every session was signed out'),
    );
    expect(calls[0]).toMatchObject({ body: { token: 'reset-tok', password: 'a brand new passphrase 42' } });
  });

  test('when the current password is wrong, then the field says so', async () => {
    serve({
      status: 400,
      body: {
        status: 400,
        code: 'ACCOUNT.WRONG_PASSWORD',
        detail: 'The current password is wrong.',
        errors: [{ path: 'body.currentPassword', code: 'invalid', message: 'is not your current password' }],
      },
    });
    renderInApp(<ChangePasswordForm />, { language: 'en' });

    await userEvent.type(
      screen.getByLabelText('Current password', { exact: false, selector: 'input' }),
      'wrong one',
    );
    await userEvent.type(
      screen.getByLabelText('New password', { exact: false, selector: 'input' }),
      'a brand new passphrase 42',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    await waitFor(() => expect(screen.getAllByText('is not your current password')).toHaveLength(2));
  });
});

describe('change email page', () => {
  test('when a reader asks to move to a new address, then the new address and password are sent and the new inbox is named', async () => {
    const calls = serve({ status: 202, body: { email: 'new@example.ly', status: 'received' } });
    renderInApp(<ChangeEmailForm />, { language: 'en' });

    await userEvent.type(
      screen.getByLabelText('New email address', { exact: false, selector: 'input' }),
      'new@example.ly',
    );
    await userEvent.type(
      screen.getByLabelText('Current password', { exact: false, selector: 'input' }),
      'my password 123',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send a confirmation link' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('new@example.ly'),
    );
    expect(calls[0]).toMatchObject({
      url: expect.stringContaining('/v1/me/email'),
      body: { newEmail: 'new@example.ly', password: 'my password 123' },
    });
  });
});
