import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { MyRequests } from './my-requests';

const introduction = (introductionId: string, state: string, note: string) => ({
  introductionId,
  advisorId: `adv-${introductionId}`,
  startupId: 's1',
  state,
  note,
  requestedAt: '2026-03-04T10:00:00.000Z',
});

/** Matching behind the BFF: a withdrawal closes the request, as matching does. */
const serve = () => {
  const items = [
    introduction('i1', 'requested', 'Solar for clinics'),
    introduction('i2', 'declined', 'Water pumps'),
  ];
  const withdrawn: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: Request) => {
    const path = new URL(input.url).pathname;
    if (input.method === 'POST') {
      withdrawn.push({ path, body: JSON.parse(await input.text()) });
      items[0]!.state = 'withdrawn';
      return Response.json(items[0]);
    }
    return Response.json({ items });
  });
  return withdrawn;
};

afterEach(() => vi.unstubAllGlobals());

describe('MyRequests', () => {
  test('when a startup opens its requests, then each shows its state and only the open one can be withdrawn', async () => {
    serve();
    renderInApp(<MyRequests startupId="s1" />);

    const open = await screen.findByRole('article', { name: 'Solar for clinics' });
    const declined = screen.getByRole('article', { name: 'Water pumps' });
    expect(within(open).getByText('Awaiting an answer')).toBeDefined();
    expect(within(declined).getByText('Declined')).toBeDefined();
    expect(within(declined).queryByRole('button')).toBeNull();
  });

  test('when the startup withdraws its open request, then matching is told and the request shows as withdrawn', async () => {
    const withdrawn = serve();
    renderInApp(<MyRequests startupId="s1" />);

    const open = await screen.findByRole('article', { name: 'Solar for clinics' });
    await userEvent.click(within(open).getByRole('button', { name: 'Withdraw the request' }));

    await waitFor(() => expect(within(open).getByText('Withdrawn')).toBeDefined());
    expect(within(open).queryByRole('button')).toBeNull();
    expect(withdrawn).toEqual([{ path: '/api/matching/v1/introductions/i1/withdraw', body: {} }]);
  });

  test('when the reader reads Turkish, then states are in Turkish', async () => {
    serve();
    renderInApp(<MyRequests startupId="s1" />, { language: 'tr' });
    const open = await screen.findByRole('article', { name: 'Solar for clinics' });
    expect(within(open).getByText('Yanıt bekleniyor')).toBeDefined();
    expect(within(open).getByRole('button', { name: 'Talebi geri çek' })).toBeDefined();
  });

  test('when a request was declined, then its timeline shows when it was sent, when it closed and why', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({
        items: [
          {
            ...introduction('i3', 'declined', 'Olive oil exports'),
            acceptedAt: null,
            closedAt: '2026-03-06T09:00:00.000Z',
            declineReason: 'no-capacity',
            expiryReason: null,
          },
        ],
      }),
    );
    renderInApp(<MyRequests startupId="s1" />);

    const request = await screen.findByRole('article', { name: 'Olive oil exports' });
    const timeline = within(request).getByLabelText('What happened to this request');
    expect(within(timeline).getByText('Requested Mar 4, 2026')).toBeDefined();
    expect(within(timeline).getByText('Declined Mar 6, 2026')).toBeDefined();
    expect(within(timeline).getByText('The advisor has no free place.')).toBeDefined();
    expect(within(timeline).queryByText("Awaiting the advisor's answer")).toBeNull();
  });
});
