import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { MailPreferencesForm } from './mail-preferences-form';

const CHOICES = {
  'introduction-request': 'immediately',
  'deadline-reminder': 'immediately',
  decision: 'immediately',
  'message-digest': 'daily',
  meeting: 'immediately',
};

/** The BFF as the browser sees it: the stored choices, and whatever a PUT saves. */
const serve = () => {
  const puts: unknown[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const body = request.method === 'PUT' ? await request.json() : { choices: CHOICES };
    if (request.method === 'PUT')
      puts.push({ url: request.url, body, csrf: request.headers.get('x-jisr-csrf') });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  return puts;
};

afterEach(() => vi.unstubAllGlobals());

describe('MailPreferencesForm', () => {
  test('when an Arabic reader opens it, then every kind shows its stored choice, right to left', async () => {
    serve();
    renderInApp(<MailPreferencesForm />, { language: 'ar' });

    const messages = await screen.findByRole('radiogroup', { name: 'الرسائل الجديدة' });
    expect(messages.querySelector('input:checked')?.getAttribute('value')).toBe('daily');
    expect(screen.getByRole('radiogroup', { name: 'طلبات التعارف الجديدة' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'أبدًا' })).toHaveLength(5);
    expect(document.documentElement.dir).toBe('rtl');
  });

  test('when a reader turns meeting emails off and saves, then all five choices are sent with the CSRF header', async () => {
    const puts = serve();
    renderInApp(<MailPreferencesForm />, { language: 'en' });
    const meetings = await screen.findByRole('radiogroup', { name: 'Meeting invitations and changes' });

    await userEvent.click(meetings.querySelector('input[value="never"]') as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Save my choices' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({
      url: expect.stringContaining('/api/messaging/v1/notification-preferences'),
      body: { choices: { ...CHOICES, meeting: 'never' } },
      csrf: '1',
    });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Your choices are saved.');
  });
});
