import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { SlotPicker } from './slot-picker';

// Messaging's answer for an advisor in Istanbul keeping Tuesday 14:00–15:00 (13:00 in Tripoli).
const SLOTS = {
  advisorTimeZone: 'Europe/Istanbul',
  startupTimeZone: 'Africa/Tripoli',
  meetingMinutes: 60,
  slots: [{ startsAt: '2025-03-04T11:00:00.000Z', endsAt: '2025-03-04T12:00:00.000Z' }],
};
const BOOKED = {
  id: 'm1',
  introductionId: 'intro-1',
  status: 'scheduled',
  startsAt: SLOTS.slots[0]!.startsAt,
  endsAt: SLOTS.slots[0]!.endsAt,
  timeZones: { startup: 'Africa/Tripoli', advisor: 'Europe/Istanbul' },
  agenda: 'Pricing',
  place: { kind: 'online', url: 'https://meet.jisr.example/r' },
  invite: '/v1/meetings/m1/invite.ics',
  proposals: [],
  changes: [],
  outcomes: [],
};

/** The BFF as the browser sees it: one JSON answer per path. */
const serve = () => {
  const calls: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    const body = url.endsWith('/slots') ? SLOTS : BOOKED;
    return new Response(JSON.stringify(body), {
      status: url.endsWith('/slots') ? 200 : 201,
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
};

afterEach(() => vi.unstubAllGlobals());

describe('SlotPicker', () => {
  test('when an Arabic reader opens it, then each slot shows Tripoli and Istanbul time side by side, right to left', async () => {
    serve();
    renderInApp(<SlotPicker introductionId="intro-1" />, { language: 'ar' });

    expect(await screen.findByText('توقيتك (Africa/Tripoli)')).toBeTruthy();
    expect(screen.getByText('توقيت المستشار (Europe/Istanbul)')).toBeTruthy();
    const cells = screen.getAllByRole('cell').map((cell) => cell.textContent ?? '');
    // Intl in Arabic: 01:00 م (1 pm) in Tripoli beside 02:00 م in Istanbul.
    expect(cells.filter((text) => text !== '')).toEqual([
      'الثلاثاء، 4 مارس، 01:00 م',
      'الثلاثاء، 4 مارس، 02:00 م',
    ]);
    expect(document.documentElement.dir).toBe('rtl');
  });

  test('when the startup picks a slot and fills in the agenda and link, then the booking is sent for that instant', async () => {
    const calls = serve();
    renderInApp(<SlotPicker introductionId="intro-1" />);

    await userEvent.click(await screen.findByRole('radio'));
    await userEvent.type(screen.getByLabelText(/Agenda/), 'Pricing');
    await userEvent.type(screen.getByLabelText(/Online meeting link/), 'https://meet.jisr.example/r');
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));

    await waitFor(() => expect(screen.getByText('Meeting booked')).toBeTruthy());
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      url: '/api/messaging/v1/introductions/intro-1/meetings',
      method: 'POST',
      body: {
        startsAt: SLOTS.slots[0]!.startsAt,
        agenda: 'Pricing',
        place: { kind: 'online', url: 'https://meet.jisr.example/r' },
      },
    });
  });
});
