import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { MeetingControls, type ControlledMeeting } from './meeting-controls';

// Tuesday 14:00 in Istanbul is 13:00 in Tripoli; the free slots follow on the same afternoon.
const MEETING: ControlledMeeting = {
  id: 'm1',
  introductionId: 'i1',
  status: 'scheduled',
  startsAt: '2026-03-03T11:00:00.000Z',
  timeZones: { startup: 'Africa/Tripoli', advisor: 'Europe/Istanbul' },
  proposals: [],
  changes: [],
  outcomes: [],
};
const SLOTS = {
  advisorTimeZone: 'Europe/Istanbul',
  startupTimeZone: 'Africa/Tripoli',
  meetingMinutes: 60,
  slots: ['2026-03-03T12:00:00.000Z', '2026-03-03T13:00:00.000Z'].map((startsAt) => ({
    startsAt,
    endsAt: startsAt,
  })),
};
const BEFORE = () => Date.parse('2026-03-01T08:00:00.000Z');
const AFTER = () => Date.parse('2026-03-03T12:30:00.000Z');

/** Messaging's slots and meeting routes behind the BFF; changes are recorded as sent. */
const serve = () => {
  const changes: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init: RequestInit = {}) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const path = new URL(request.url).pathname.replace('/api/messaging', '');
    if (path.endsWith('/slots')) return Response.json(SLOTS);
    changes.push({ path, body: await request.json() });
    return Response.json({ ...MEETING, status: 'scheduled' });
  });
  return changes;
};

afterEach(() => vi.unstubAllGlobals());

describe('MeetingControls', () => {
  test('when the advisor moves the meeting to another free time, then messaging gets the time and the reason', async () => {
    const changes = serve();
    renderInApp(<MeetingControls meeting={MEETING} role="advisor" now={BEFORE} />);

    await userEvent.click(screen.getByRole('button', { name: 'Reschedule' }));
    const time = await screen.findByLabelText(/New time/);
    // 13:00 UTC is 4 pm in Istanbul, the advisor's zone.
    expect(screen.getByRole('option', { name: 'Tue, Mar 3, 04:00 PM' })).toBeDefined();
    await userEvent.selectOptions(time, '2026-03-03T13:00:00.000Z');
    await userEvent.type(screen.getByLabelText(/Reason/), 'A site visit moved into the hour');
    await userEvent.click(screen.getByRole('button', { name: 'Move the meeting' }));

    await waitFor(() =>
      expect(changes).toEqual([
        {
          path: '/v1/meetings/m1/reschedule',
          body: { startsAt: '2026-03-03T13:00:00.000Z', reason: 'A site visit moved into the hour' },
        },
      ]),
    );
  });

  test('when the advisor proposes two other times, then both are sent; a startup has no such control', async () => {
    const changes = serve();
    const { unmount } = renderInApp(<MeetingControls meeting={MEETING} role="advisor" now={BEFORE} />);
    await userEvent.click(screen.getByRole('button', { name: 'Propose other times' }));
    for (const box of await screen.findAllByRole('checkbox')) await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Send these times' }));
    await waitFor(() =>
      expect(changes).toEqual([
        { path: '/v1/meetings/m1/proposals', body: { times: SLOTS.slots.map((s) => s.startsAt) } },
      ]),
    );
    unmount();

    renderInApp(<MeetingControls meeting={MEETING} role="startup" now={BEFORE} />);
    expect(screen.queryByRole('button', { name: 'Propose other times' })).toBeNull();
  });

  test('when the startup cancels in Turkish, then the reason is sent with the cancellation', async () => {
    const changes = serve();
    renderInApp(<MeetingControls meeting={MEETING} role="startup" now={BEFORE} />, { language: 'tr' });
    await userEvent.click(screen.getByRole('button', { name: 'Toplantıyı iptal et' }));
    await userEvent.type(screen.getByLabelText(/Gerekçe/), 'Ekip Bingazi’de');
    await userEvent.click(screen.getByRole('button', { name: 'Bu gerekçeyle iptal et' }));
    await waitFor(() =>
      expect(changes).toEqual([{ path: '/v1/meetings/m1/cancel', body: { reason: 'Ekip Bingazi’de' } }]),
    );
  });

  test('when the meeting has started, then it can no longer be moved but can be recorded as a no-show with a note', async () => {
    const changes = serve();
    renderInApp(<MeetingControls meeting={MEETING} role="startup" now={AFTER} />);
    expect(screen.queryByRole('button', { name: 'Reschedule' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Record how it went' }));
    await userEvent.click(screen.getByRole('radio', { name: 'The other side did not come' }));
    await userEvent.type(screen.getByLabelText(/A short note/), 'We waited twenty minutes');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));

    await waitFor(() =>
      expect(changes).toEqual([
        { path: '/v1/meetings/m1/outcome', body: { outcome: 'no-show', note: 'We waited twenty minutes' } },
      ]),
    );
  });

  test('when a meeting was cancelled, then the reason shows and no control is offered', () => {
    const cancelled = {
      ...MEETING,
      status: 'cancelled',
      changes: [{ by: 'advisor' as const, reason: 'Travelling to Misrata', at: '2026-03-02T09:00:00.000Z' }],
    };
    renderInApp(<MeetingControls meeting={cancelled} role="startup" now={AFTER} />, { language: 'ar' });
    expect(screen.getByText('ملغى')).toBeDefined();
    expect(screen.getByText('المرشد: Travelling to Misrata')).toBeDefined();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
