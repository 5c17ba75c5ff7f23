import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { AccountPrivacy } from './account-privacy';

afterEach(() => vi.unstubAllGlobals());

/** Profile and the BFF's session as the browser sees them; records each call. */
const serve = () => {
  const calls: { method: string; path: string }[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init: RequestInit = {}) => {
    const request =
      input instanceof Request ? input : new Request(new URL(input, window.location.origin), init);
    calls.push({ method: request.method, path: new URL(request.url).pathname });
    if (request.method === 'GET')
      return new Response(JSON.stringify({ account: { accountId: 'u1' }, startupProfile: null }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    return new Response(null, { status: 204 });
  });
  return calls;
};

const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('AccountPrivacy', () => {
  test("when a person downloads their data, then profile's export is saved as a JSON file", async () => {
    const calls = serve();
    const saved: Blob[] = [];
    // jsdom has no object URLs; the page only hands the file to one and clicks a download link.
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:export'),
      revokeObjectURL: () => undefined,
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderInApp(<AccountPrivacy accountId="u1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(calls).toContainEqual({ method: 'GET', path: '/api/profile/v1/accounts/u1/export' });
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('jisr-my-data.json');
    expect(JSON.parse(await textOf(saved[0]!))).toEqual({
      account: { accountId: 'u1' },
      startupProfile: null,
    });
    clicked.mockRestore();
  });

  test('when a person asks to erase the account in Arabic, then it can be erased only once the whole confirmation word is typed', async () => {
    const calls = serve();
    renderInApp(<AccountPrivacy accountId="u1" />, { language: 'ar' });
    await userEvent.click(screen.getByRole('button', { name: 'حذف حسابي…' }));
    const erase = await screen.findByRole('button', { name: 'احذف نهائياً' });

    expect(erase.hasAttribute('disabled')).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'اكتب حذف' }), 'حذ');
    expect(erase.hasAttribute('disabled')).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'اكتب حذف' }), 'ف');
    await userEvent.click(erase);

    await waitFor(() =>
      expect(calls).toContainEqual({ method: 'DELETE', path: '/api/profile/v1/accounts/u1' }),
    );
    expect(calls).toContainEqual({ method: 'DELETE', path: '/api/session' });
  });
});
